package cn.oneteam.supervision.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import cn.oneteam.supervision.standard.MachineCheck;
import cn.oneteam.supervision.standard.ScoringStandard;
import cn.oneteam.supervision.standard.ScoringStandard.Grade;
import cn.oneteam.supervision.standard.StandardItem;
import cn.oneteam.supervision.standard.StandardItem.Category;
import cn.oneteam.supervision.standard.StandardItem.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** How the engine turns defects into a score (docs/adr/0034-scoring-standards-and-self-review.md). */
class SelfReviewEngineTests {

	private static final ScoringStandard STANDARD = new ScoringStandard(1, "T", 2, "测", "Test", "NATIONAL",
			LocalDate.of(2026, 1, 1), new BigDecimal("90"), new BigDecimal("70"), List.of(
					item("V1", Kind.VETO, "0", MachineCheck.TWO_OFFICERS),
					item("C1", Kind.SCORED, "10", MachineCheck.PERIODS_MET),
					item("C2", Kind.SCORED, "3", MachineCheck.INVESTIGATION_REPORT),
					item("C3", Kind.SCORED, "87", null)));

	private static final CaseFileCheck.CaseFile FILE = new CaseFileCheck.CaseFile(7, LocalDate.of(2026, 12, 7), null);

	@Test
	void deductionsAreCappedAtTheItemsPointsAndReviewerItemsAreLeftOut() {
		SelfReviews engine = engine(check(MachineCheck.PERIODS_MET,
				CaseFileCheck.Defect.costing(new BigDecimal("6"), "a"),
				CaseFileCheck.Defect.costing(new BigDecimal("6"), "b"),
				CaseFileCheck.Defect.costing(new BigDecimal("1"), "c")),
				check(MachineCheck.INVESTIGATION_REPORT, CaseFileCheck.Defect.of("d")),
				check(MachineCheck.TWO_OFFICERS));

		SelfReview r = engine.review(STANDARD, FILE, Locale.SIMPLIFIED_CHINESE);

		assertThat(r.deductions()).extracting(SelfReview.Deduction::item, SelfReview.Deduction::points)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("C1", new BigDecimal("6")),
					org.assertj.core.groups.Tuple.tuple("C1", new BigDecimal("4")),
					org.assertj.core.groups.Tuple.tuple("C2", new BigDecimal("3")));
		assertThat(r.score()).isEqualByComparingTo("87");
		assertThat(r.grade()).isEqualTo(Grade.PASS);
		assertThat(r.standard()).isEqualTo("T v2");
		assertThat(r.reviewerItems()).isEqualTo(1);
		assertThat(r.vetoes()).isEmpty();
	}

	@Test
	void aVetoFindingScoresZeroAndFails() {
		SelfReviews engine = engine(check(MachineCheck.TWO_OFFICERS, CaseFileCheck.Defect.of("v", 3)));

		SelfReview r = engine.review(STANDARD, FILE, Locale.ENGLISH);

		assertThat(r.vetoes()).singleElement().satisfies(v -> {
			assertThat(v.item()).isEqualTo("V1");
			assertThat(v.title()).isEqualTo("V1 en");
			assertThat(v.reason()).isEqualTo("only 3");
		});
		assertThat(r.score()).isEqualByComparingTo("0");
		assertThat(r.grade()).isEqualTo(Grade.FAIL);
		// the checks not registered leave their items to the reviewer
		assertThat(r.reviewerItems()).isEqualTo(3);
	}

	@Test
	void twoChecksOfOneItemAreRefusedAtStart() {
		assertThatThrownBy(() -> engine(check(MachineCheck.PERIODS_MET), check(MachineCheck.PERIODS_MET)))
			.isInstanceOf(IllegalStateException.class);
	}

	private static SelfReviews engine(CaseFileCheck... checks) {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("v", Locale.ENGLISH, "only {0}");
		return new SelfReviews(null, List.of(checks), null, messages, Clock.system(ZoneId.of("Asia/Shanghai")), null);
	}

	private static CaseFileCheck check(MachineCheck which, CaseFileCheck.Defect... defects) {
		return new CaseFileCheck() {
			@Override
			public MachineCheck check() {
				return which;
			}

			@Override
			public List<Defect> examine(CaseFile file) {
				assertThat(file).isEqualTo(FILE);
				return List.of(defects);
			}
		};
	}

	private static StandardItem item(String code, Kind kind, String points, MachineCheck check) {
		return new StandardItem(code.hashCode(), code, code.hashCode(), kind, Category.CONTENT, new BigDecimal(points),
				check, code + " zh", code + " en");
	}
}
