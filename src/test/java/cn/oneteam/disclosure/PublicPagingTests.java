package cn.oneteam.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import cn.oneteam.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** A public list's page (docs/adr/0041-public-lists-before-enforcement.md, Paging): defaults, the cap, the cuts. */
class PublicPagingTests {

	private static final List<Integer> SEVEN = List.of(1, 2, 3, 4, 5, 6, 7);

	@Test
	void absentParametersAskForTheFirstPageOfTheDefaultSize() {
		assertThat(PublicPaging.of(null, null)).isEqualTo(new PublicPaging(0, PublicPaging.DEFAULT_SIZE));
		assertThat(PublicPaging.of(" ", "")).isEqualTo(new PublicPaging(0, PublicPaging.DEFAULT_SIZE));
		assertThat(PublicPaging.of(" 2 ", "200")).isEqualTo(new PublicPaging(2, 200));
	}

	@Test
	void pagesCutTheListFromTheFirstToPastTheLast() {
		assertThat(PublicPaging.of("0", "3").slice(SEVEN)).containsExactly(1, 2, 3);
		assertThat(PublicPaging.of("1", "3").slice(SEVEN)).containsExactly(4, 5, 6);
		assertThat(PublicPaging.of("2", "3").slice(SEVEN)).containsExactly(7);
		assertThat(PublicPaging.of("3", "3").slice(SEVEN)).isEmpty();
		assertThat(PublicPaging.of("999999999", "200").slice(SEVEN)).isEmpty();
	}

	@Test
	void badValuesAndSizesAboveTheCapAreRefused() {
		for (String[] bad : new String[][] { { "-1", null }, { "x", null }, { null, "0" }, { null, "201" },
				{ null, "1e3" }, { "1234567890", null } }) {
			assertThatThrownBy(() -> PublicPaging.of(bad[0], bad[1])).isInstanceOfSatisfying(RuleViolation.class,
					v -> {
						assertThat(v.status()).isEqualTo(400);
						assertThat(v.code()).isEqualTo("disclosure.page-invalid");
					});
		}
	}

	@Test
	void thePagesOfATotalAreAtLeastOne() {
		record Page(int page, int size, long total) implements PublicPaging.Paged {
		}
		assertThat(new Page(0, 50, 0).pages()).isEqualTo(1);
		assertThat(new Page(0, 50, 50).pages()).isEqualTo(1);
		assertThat(new Page(0, 50, 51).pages()).isEqualTo(2);
	}
}
