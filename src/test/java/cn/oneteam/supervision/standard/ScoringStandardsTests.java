package cn.oneteam.supervision.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.oneteam.IntegrationTest;
import cn.oneteam.supervision.standard.ScoringStandard.Grade;
import cn.oneteam.supervision.standard.StandardItem.Category;
import cn.oneteam.supervision.standard.StandardItem.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shipped general standard as data (docs/adr/0034-scoring-standards-and-self-review.md). */
class ScoringStandardsTests extends IntegrationTest {

	@Autowired
	ScoringStandards standards;

	@Test
	void theGeneralStandardScoresFormTwentyAndContentEightyWithItsVetoes() {
		ScoringStandard general = standards.inEffect(ScoringStandards.GENERAL, LocalDate.of(2026, 12, 7)).orElseThrow();

		assertThat(general.label()).isEqualTo("GENERAL-PENALTY v1");
		assertThat(general.total()).isEqualByComparingTo("100");
		assertThat(sum(general, Category.FORM)).isEqualByComparingTo("20");
		assertThat(sum(general, Category.CONTENT)).isEqualByComparingTo("80");
		assertThat(general.items()).filteredOn(i -> i.kind() == Kind.VETO).hasSize(8)
			.allMatch(i -> i.points().signum() == 0);
		assertThat(general.items()).filteredOn(StandardItem::machineChecked)
			.extracting(StandardItem::machineCheck)
			.containsExactlyInAnyOrder(MachineCheck.values());
		assertThat(general.items()).extracting(StandardItem::position).isSorted();
		assertThat(standards.inEffect(ScoringStandards.GENERAL, LocalDate.of(2025, 12, 31))).isEmpty();
		assertThat(standards.byId(general.id())).contains(general);
	}

	@Test
	void gradesAtTheirThresholdsAndAVetoFailsWhateverTheScore() {
		ScoringStandard general = standards.inEffect(ScoringStandards.GENERAL, LocalDate.of(2026, 12, 7)).orElseThrow();

		assertThat(general.grade(new BigDecimal("90"), false)).isEqualTo(Grade.EXCELLENT);
		assertThat(general.grade(new BigDecimal("89.9"), false)).isEqualTo(Grade.PASS);
		assertThat(general.grade(new BigDecimal("70"), false)).isEqualTo(Grade.PASS);
		assertThat(general.grade(new BigDecimal("69.9"), false)).isEqualTo(Grade.FAIL);
		assertThat(general.grade(new BigDecimal("100"), true)).isEqualTo(Grade.FAIL);
	}

	private static BigDecimal sum(ScoringStandard s, Category category) {
		return s.items().stream().filter(i -> i.category() == category).map(StandardItem::points)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
