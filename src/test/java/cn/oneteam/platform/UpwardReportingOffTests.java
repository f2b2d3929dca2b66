package cn.oneteam.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.oneteam.IntegrationTest;
import cn.oneteam.disclosure.DecisionWithdrawn;
import cn.oneteam.disclosure.DecisionPublications;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reporting upwards is off by default (docs/adr/0056-reporting-upwards-through-kafka.md): the application — this test
 * context, started without any broker — has no externaliser and no routing, an event reported upwards leaves nothing
 * in the outbox to send, and no Kafka client runs.
 */
class UpwardReportingOffTests extends IntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void offByDefaultNothingIsQueuedForTheBrokerAndNoKafkaClientRuns() {
		assertThat(environment.getProperty("spring.modulith.events.externalization.enabled", Boolean.class)).isFalse();
		assertThat(context.getBeanNamesForType(DelegatingEventExternalizer.class)).isEmpty();
		assertThat(context.getBeanNamesForType(EventExternalizationConfiguration.class)).isEmpty();

		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(ChinaTime.ZONE);
		transactions.executeWithoutResult(status -> events.publishEvent(new DecisionWithdrawn(id, 1L, null, 2L, "某局",
				"X", DivisionCode.of("632802"), LocalDate.now(ChinaTime.ZONE), now.toLocalDate(), true,
				DecisionPublications.Ground.REVOKED, "撤销", now)));
		assertThat(jdbc.sql("select count(*) from event_publication where strpos(serialized_event, ?) > 0")
			.param(id.toString()).query(Integer.class).single()).isZero();

		assertThat(Thread.getAllStackTraces().keySet()).map(Thread::getName)
			.noneMatch(name -> name.startsWith("kafka-producer-network-thread") || name.startsWith("kafka-admin-client"));
	}
}
