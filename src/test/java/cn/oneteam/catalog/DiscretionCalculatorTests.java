package cn.oneteam.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.EnforcementDomain;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The calculator on the demo benchmark of matter DEMO-DQ-118-1 (5,000–50,000 yuan), and on a multiple. */
class DiscretionCalculatorTests extends IntegrationTest {

	private static final String FUMES = "DEMO-DQ-118-1";

	private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

	private static final DivisionCode DELINGHA = DivisionCode.of("632802");

	@Autowired
	Discretion discretion;

	@Autowired
	Catalog catalog;

	@Autowired
	MockMvc mvc;

	private DiscretionResult calculate(String... circumstances) {
		return discretion.calculate(FUMES, DELINGHA, DAY, PartyType.ORGANISATION, Set.of(circumstances), null);
	}

	@Test
	void withoutCircumstancesTheOrdinaryTierApplies() {
		DiscretionResult r = calculate();
		assertThat(r.tier()).isEqualTo(DiscretionTier.ORDINARY);
		assertThat(r.fineMin()).isEqualByComparingTo("20000");
		assertThat(r.fineMax()).isEqualByComparingTo("35000");
		assertThat(r.reasons()).containsExactly("discretion.reason.ORDINARY");
	}

	@Test
	void lighterAndHeavierCircumstancesChooseTheirTierAndOffsetEachOther() {
		assertThat(calculate("remedied").tier()).isEqualTo(DiscretionTier.LIGHTER);
		assertThat(calculate("remedied").fineMax()).isEqualByComparingTo("20000");
		assertThat(calculate("repeated-within-year").tier()).isEqualTo(DiscretionTier.HEAVIER);
		DiscretionResult both = calculate("remedied", "repeated-within-year");
		assertThat(both.tier()).isEqualTo(DiscretionTier.ORDINARY);
		assertThat(both.reasons()).containsExactly("discretion.reason.offset");
	}

	@Test
	void mitigationGoesBelowTheStatutoryMinimum() {
		DiscretionResult r = calculate("coerced", "repeated-within-year");
		assertThat(r.tier()).isEqualTo(DiscretionTier.MITIGATED);
		assertThat(r.fineMax()).isEqualByComparingTo("5000");
	}

	@Test
	void aFirstMinorOffenceIsNotPenalisedAndTheLenientListSaysSo() {
		DiscretionResult r = calculate("first-offence-minor");
		assertThat(r.tier()).isEqualTo(DiscretionTier.NO_PENALTY);
		assertThat(r.fineMin()).isNull();
		assertThat(r.matched()).extracting(Circumstance::code).containsExactly("first-offence-minor");
		assertThat(r.lenientMatches()).singleElement()
			.satisfies(m -> assertThat(m.kind()).isEqualTo(LenientList.Kind.NO_PENALTY));
	}

	@Test
	void unknownCircumstancesAndMissingBenchmarksAreProblems() throws Exception {
		mvc.perform(post("/api/v1/catalog/discretion/calculate").header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"matter\": \"DEMO-DQ-118-1\", \"division\": \"632802001\", \"date\": \"2026-11-24\", \"partyType\": \"ORGANISATION\", "
					+ "\"circumstances\": [\"sunny-day\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:discretion.circumstance-unknown"));
		mvc.perform(post("/api/v1/catalog/discretion/calculate").header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"matter\": \"DEMO-DQ-118-2\", \"division\": \"632802\", \"partyType\": \"ORGANISATION\"}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:discretion.no-benchmark"));
		mvc.perform(post("/api/v1/catalog/discretion/calculate").header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"matter\": \"DEMO-DQ-118-1\", \"division\": \"632802001\", \"date\": \"2026-11-24\", \"partyType\": \"ORGANISATION\", "
					+ "\"circumstances\": [\"remedied\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tier").value("LIGHTER"))
			.andExpect(jsonPath("$.fineMin").value(5000.00))
			.andExpect(jsonPath("$.matched[0].label").value(org.hamcrest.Matchers.containsString("第三十二条")));
	}

	@Test
	void aMultipleIsAppliedToTheBaseAmount() {
		String code = "TEST-MUL-0001";
		SystemActor.call(() -> catalog.register(new NewMatter(code, EnforcementDomain.MARKET_SUPERVISION,
				MatterKind.PENALTY, MatterLevel.COUNTY, new MatterVersion(1, "测试：按违法所得倍数处罚", null, null, "测试法",
						"第一条", Set.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_ILLEGAL_GAINS),
						StatutoryFine.multiple(BigDecimal.ONE, new BigDecimal("5"), "违法所得"), LocalDate.of(2020, 1, 1),
						null))));
		Set<PenaltyKind> fine = Set.of(PenaltyKind.FINE);
		Circumstance remedied = new Circumstance("remedied", "主动消除或者减轻违法行为危害后果");
		SystemActor.call(() -> discretion.publish(new DiscretionBenchmark(0, code, null, "测试机关", "测试基准", LocalDate.of(2020, 1, 1),
				null, List.of(new BenchmarkTier(DiscretionTier.LIGHTER, PartyType.ANY, List.of(remedied), fine,
						new BigDecimal("1"), new BigDecimal("2")),
						new BenchmarkTier(DiscretionTier.ORDINARY, PartyType.ANY, List.of(), fine, new BigDecimal("2"),
								new BigDecimal("4"))))));
		DiscretionResult r = discretion.calculate(code, DELINGHA, DAY, PartyType.NATURAL_PERSON, Set.of("remedied"),
				new BigDecimal("12345.67"));
		assertThat(r.fineMin()).isEqualByComparingTo("12345.67");
		assertThat(r.fineMax()).isEqualByComparingTo("24691.34");
		assertThatThrownBy(() -> discretion.calculate(code, DELINGHA, DAY, PartyType.NATURAL_PERSON, Set.of(), null))
			.isInstanceOfSatisfying(CatalogViolation.class, v -> assertThat(v.code()).isEqualTo("discretion.base-required"));
		assertThatThrownBy(() -> SystemActor.call(() -> discretion.publish(new DiscretionBenchmark(0, code, null, "测试机关", "越界",
				LocalDate.of(2021, 1, 1), null, List.of(new BenchmarkTier(DiscretionTier.ORDINARY, PartyType.ANY, List.of(),
						fine, new BigDecimal("2"), new BigDecimal("6")))))))
			.isInstanceOfSatisfying(CatalogViolation.class,
					v -> assertThat(v.code()).isEqualTo("discretion.tier-outside-statutory-range"));
		assertThat(discretion.benchmarks(code)).hasSize(1);
	}

	@Test
	void aTierMayOnlyImposeKindsTheMatterAllows() {
		List<Circumstance> none = List.of();
		assertThatThrownBy(() -> SystemActor.call(() -> discretion.publish(new DiscretionBenchmark(0, FUMES, DELINGHA, "测试机关", "种类越界",
				LocalDate.of(2025, 1, 1), null, List.of(new BenchmarkTier(DiscretionTier.ORDINARY, PartyType.ANY, none,
						Set.of(PenaltyKind.FINE, PenaltyKind.REVOKE_LICENCE), new BigDecimal("20000"), new BigDecimal("30000")))))))
			.isInstanceOfSatisfying(CatalogViolation.class,
					v -> assertThat(v.code()).isEqualTo("discretion.tier-kinds-not-allowed"));
		assertThatThrownBy(() -> SystemActor.call(() -> discretion.publish(new DiscretionBenchmark(0, FUMES, DELINGHA, "测试机关", "不罚却警告",
				LocalDate.of(2025, 1, 1), null, List.of(new BenchmarkTier(DiscretionTier.NO_PENALTY, PartyType.ANY, none,
						Set.of(PenaltyKind.WARNING), null, null))))))
			.isInstanceOf(CatalogViolation.class);
	}

	@Test
	void theMostSpecificBenchmarkAppliesAndMayOnlyRefineItsSuperior() {
		String code = "TEST-TER-0001";
		Set<PenaltyKind> fine = Set.of(PenaltyKind.FINE);
		SystemActor.call(() -> catalog.register(new NewMatter(code, EnforcementDomain.TRANSPORT, MatterKind.PENALTY,
				MatterLevel.COUNTY, new MatterVersion(1, "测试：分级基准", null, null, "测试法", "第一条", fine,
						StatutoryFine.amount(new BigDecimal("1000"), new BigDecimal("10000")), LocalDate.of(2020, 1, 1),
						null))));
		SystemActor.call(() -> discretion.publish(new DiscretionBenchmark(0, code, DivisionCode.of("63"), "测试省级机关",
				"省级基准", LocalDate.of(2021, 1, 1), null, List.of(new BenchmarkTier(DiscretionTier.ORDINARY,
						PartyType.ANY, List.of(), fine, new BigDecimal("3000"), new BigDecimal("7000"))))));
		assertThatThrownBy(() -> SystemActor.call(() -> discretion.publish(new DiscretionBenchmark(0, code, DELINGHA,
				"测试县级机关", "越出上级", LocalDate.of(2022, 1, 1), null, List.of(new BenchmarkTier(DiscretionTier.ORDINARY,
						PartyType.ANY, List.of(), fine, new BigDecimal("2000"), new BigDecimal("6000")))))))
			.isInstanceOfSatisfying(CatalogViolation.class,
					v -> assertThat(v.code()).isEqualTo("discretion.outside-superior-benchmark"));
		SystemActor.call(() -> discretion.publish(new DiscretionBenchmark(0, code, DELINGHA, "测试县级机关", "细化",
				LocalDate.of(2022, 1, 1), null, List.of(new BenchmarkTier(DiscretionTier.ORDINARY, PartyType.ANY,
						List.of(), fine, new BigDecimal("4000"), new BigDecimal("6000"))))));
		assertThat(discretion.calculate(code, DivisionCode.of("632802001"), DAY, PartyType.ANY, Set.of(), null).fineMin())
			.isEqualByComparingTo("4000");
		assertThat(discretion.calculate(code, DivisionCode.of("632801"), DAY, PartyType.ANY, Set.of(), null).fineMin())
			.isEqualByComparingTo("3000");
		assertThatThrownBy(() -> discretion.calculate(code, DivisionCode.of("11"), DAY, PartyType.ANY, Set.of(), null))
			.isInstanceOfSatisfying(CatalogViolation.class, v -> assertThat(v.code()).isEqualTo("discretion.no-benchmark"));
	}

	@Test
	void theProposalFollowsTheChosenConvention() throws Exception {
		mvc.perform(get("/api/v1/catalog/matters/DEMO-DQ-118-1/benchmark-proposal").param("strategy", "EQUAL_THIRDS")
			.param("date", "2026-11-24").header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[1].tier").value("ORDINARY"))
			.andExpect(jsonPath("$[1].min").value(20000.00));
	}
}
