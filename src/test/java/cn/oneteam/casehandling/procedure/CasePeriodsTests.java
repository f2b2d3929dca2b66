package cn.oneteam.casehandling.procedure;

import cn.oneteam.casehandling.ClockKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import cn.oneteam.shared.DivisionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code oneteam.case.periods.*} (docs/adr/0018-statutory-periods.md): the statute's lengths by default and in
 * application.yml, the deployment's and a province's own lengths bound by name, a province's length resolved from a
 * case's place, and a setting the law does not allow refused at startup with the key and the rule.
 */
class CasePeriodsTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CasePeriods.class)
	static class Periods {
	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Periods.class);

	@Test
	void withNothingSetEveryPeriodIsTheStatutesAndSoIsApplicationYml() {
		runner.run(context -> {
			CasePeriods periods = context.getBean(CasePeriods.class);
			assertThat(periods.length(ClockKind.DECISION)).isEqualTo(90);
			assertThat(periods.extension(ClockKind.DECISION)).isEqualTo(30);
			assertThat(periods.length(ClockKind.HEARING_REQUEST)).isEqualTo(5);
			assertThat(periods.length(ClockKind.TRANSFER_SEND)).isEqualTo(24);
			assertThat(periods.provinces()).isEmpty();
		});
		runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(applicationYml()))
			.run(context -> {
				CasePeriods periods = context.getBean(CasePeriods.class);
				assertThat(periods.lengths()).isEqualTo(CasePeriods.statutory().lengths());
				assertThat(periods.extensions()).isEqualTo(CasePeriods.statutory().extensions());
			});
	}

	@Test
	void theDeploymentsAndAProvincesLengthsBindByName() {
		runner.withPropertyValues("oneteam.case.periods.lengths.decision=60",
				"oneteam.case.periods.extensions.clue-verification=10",
				"oneteam.case.periods.provinces.31.notice-response=3", "oneteam.case.periods.provinces.31.service=5",
				"oneteam.case.periods.provinces.63.hearing-request=7")
			.run(context -> {
				CasePeriods periods = context.getBean(CasePeriods.class);
				assertThat(periods.length(ClockKind.DECISION)).isEqualTo(60);
				assertThat(periods.extension(ClockKind.CLUE_VERIFICATION)).isEqualTo(10);
				assertThat(periods.length(ClockKind.NOTICE_RESPONSE)).isEqualTo(5);
				assertThat(periods.provinces().get("31")).containsEntry(ClockKind.NOTICE_RESPONSE, 3)
					.containsEntry(ClockKind.SERVICE, 5);
				assertThat(periods.provinces().get("63")).containsEntry(ClockKind.HEARING_REQUEST, 7);
			});
	}

	@ParameterizedTest
	@CsvSource({
			// a place in Shanghai (31) takes Shanghai's length, at any level of the division code
			"310101, NOTICE_RESPONSE, 3", "31, NOTICE_RESPONSE, 3", "310101001, NOTICE_RESPONSE, 3",
			// a period Shanghai does not set, and a place elsewhere, take the deployment's
			"310101, HEARING_REQUEST, 5", "632802003, NOTICE_RESPONSE, 5", "632802003, DECISION, 60" })
	void aProvincesLengthIsResolvedFromTheCasesPlace(String place, ClockKind kind, int length) {
		CasePeriods periods = new CasePeriods(java.util.Map.of(ClockKind.DECISION, 60), null,
				java.util.Map.of("31", java.util.Map.of(ClockKind.NOTICE_RESPONSE, 3)));
		assertThat(periods.length(kind, DivisionCode.of(place))).isEqualTo(length);
		assertThat(periods.length(kind, null)).isEqualTo(periods.length(kind));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			// the party's period under a law may be lengthened, never shortened
			"oneteam.case.periods.provinces.31.hearing-request=3 | oneteam.case.periods.provinces.31.hearing-request = 3: the law gives the party at least 5 working days",
			"oneteam.case.periods.lengths.demand=5 | oneteam.case.periods.lengths.demand = 5: the law gives the party at least 10 working days",
			// the body's period under a law may be shortened, never lengthened
			"oneteam.case.periods.lengths.seizure=45 | oneteam.case.periods.lengths.seizure = 45: the law gives the body at most 30 days",
			"oneteam.case.periods.extensions.seizure=60 | oneteam.case.periods.extensions.seizure = 60: the law gives the body at most 30 days",
			"oneteam.case.periods.provinces.63.evidence-preservation=10 | oneteam.case.periods.provinces.63.evidence-preservation = 10: the law gives the body at most 7 working days",
			// the periods others are counted from stay as the law says
			"oneteam.case.periods.lengths.payment=30 | oneteam.case.periods.lengths.payment = 30: the law fixes it at 15 days",
			"oneteam.case.periods.provinces.31.litigation=3 | oneteam.case.periods.provinces.31.litigation = 3: the law fixes it at 6 months",
			// not a length, not a province
			"oneteam.case.periods.lengths.decision=0 | oneteam.case.periods.lengths.decision = 0: a length is a whole number of at least 1",
			"oneteam.case.periods.provinces.310.notice-response=3 | oneteam.case.periods.provinces.310: a province is named by the 2 digits" })
	void aSettingTheLawDoesNotAllowIsRefusedAtStartupNamingTheKeyAndTheRule(String setting, String message) {
		runner.withPropertyValues(setting).run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(message.trim());
		});
	}

	@Test
	void anUnknownPeriodIsRefusedAtStartup() {
		runner.withPropertyValues("oneteam.case.periods.provinces.31.nap-time=3")
			.run(context -> assertThat(context).hasFailed());
	}

	@Test
	void theLatitudeOfEachPeriodIsDecided() {
		assertThat(Arrays.stream(ClockKind.values()).filter(k -> k.latitude() == ClockKind.Latitude.FIXED))
			.containsExactlyInAnyOrder(ClockKind.PAYMENT, ClockKind.RECONSIDERATION, ClockKind.LITIGATION);
		assertThat(ClockKind.Latitude.AT_MOST.allows(7, 7)).isTrue();
		assertThat(ClockKind.Latitude.AT_MOST.allows(8, 7)).isFalse();
		assertThat(ClockKind.Latitude.AT_LEAST.allows(4, 5)).isFalse();
		assertThat(ClockKind.Latitude.OPEN.allows(120, 90)).isTrue();
	}

	private static PropertySource<?> applicationYml() {
		try {
			return new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml")).get(0);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
