package cn.oneteam.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JurisdictionScopeTests {

	private final JurisdictionScope hexi = JurisdictionScope.of(List.of(DivisionCode.of("632802001")));

	@Test
	void coversItsTerritoryAndWhatLiesBelow() {
		assertThat(hexi.covers(DivisionCode.of("632802001"))).isTrue();
		assertThat(hexi.covers(DivisionCode.of("632802001005"))).isTrue();
		assertThat(hexi.covers(DivisionCode.of("632802002"))).isFalse();
		assertThat(hexi.covers(DivisionCode.of("632802"))).isFalse();
	}

	@Test
	void overlapsSuperiorTerritoriesButNotNeighbours() {
		assertThat(hexi.overlaps(DivisionCode.of("632802"))).isTrue();
		assertThat(hexi.overlaps(DivisionCode.of("63"))).isTrue();
		assertThat(hexi.overlaps(DivisionCode.of("632802100"))).isFalse();
		assertThat(hexi.overlaps(DivisionCode.of("632801"))).isFalse();
	}

	@Test
	void nationwideCoversEverything() {
		assertThat(JurisdictionScope.nationwide().covers(DivisionCode.of("110101001001"))).isTrue();
		assertThat(JurisdictionScope.nationwide().codes()).isEmpty();
		assertThat(JurisdictionScope.of(List.of()).covers(DivisionCode.of("63"))).isFalse();
	}

	@Test
	void namesTheOneCountyItLiesInOrNone() {
		assertThat(hexi.county()).isEqualTo("632802");
		assertThat(JurisdictionScope.of(List.of(DivisionCode.of("632802001"), DivisionCode.of("632802100"))).county())
			.isEqualTo("632802");
		assertThat(JurisdictionScope.of(List.of(DivisionCode.of("632802"))).county()).isEqualTo("632802");
		assertThat(JurisdictionScope.of(List.of(DivisionCode.of("632802"), DivisionCode.of("632801"))).county()).isNull();
		assertThat(JurisdictionScope.of(List.of(DivisionCode.of("6328"))).county()).isNull();
		assertThat(JurisdictionScope.nationwide().county()).isNull();
		assertThat(JurisdictionScope.of(List.of()).county()).isNull();
	}
}
