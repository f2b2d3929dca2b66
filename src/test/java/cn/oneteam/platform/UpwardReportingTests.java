package cn.oneteam.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.oneteam.IntegrationTest;
import cn.oneteam.TestDatabase;
import cn.oneteam.disclosure.DecisionPublications;
import cn.oneteam.disclosure.EnforcementStatistics;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.ScopedPrincipal;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reporting upwards (docs/adr/0056-reporting-upwards-through-kafka.md) against an embedded Kafka broker (KRaft): an
 * application with externalisation on, on a database of its own (the tests' shared context keeps it off), publishes
 * the demo's decisions and last year's statistics as it loads, and each reaches its topic once, keyed by the body's
 * seat, as the outbox's JSON; then a head withdraws a decision and the 司法局 corrects a report through the services,
 * and each action is one record, its publication completed. No slice fits: the test is the application's own start.
 */
class UpwardReportingTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final String DECISIONS = "oneteam.upward.decisions";

	private static final String STATISTICS = "oneteam.upward.statistics";

	private static final String EXTERNALISER = "%EventExternalizer%";

	@Test
	void publishedDecisionsWithdrawalsAndStatisticsReachTheirTopicsOnceEachKeyedByPlace() throws Exception {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 2, DECISIONS, STATISTICS);
		broker.afterPropertiesSet();
		String database = IntegrationTest.createDatabase("upward");
		JdbcClient jdbc = JdbcClient.create(TestDatabase.postgres().getDatabase("postgres", database));
		Map<String, Object> properties = new HashMap<>(IntegrationTest.anotherContextProperties(database));
		properties.put("spring.modulith.events.externalization.enabled", "true");
		properties.put("spring.kafka.bootstrap-servers", broker.getBrokersAsString());
		ConfigurableApplicationContext app = IntegrationTest.startAnother(properties, "demo");
		try (Topics topics = new Topics(broker.getBrokersAsString(), app.getBean(JsonMapper.class))) {
			// as the demo loads: every decision it published and every report of last year, once each
			await().atMost(PATIENCE).until(() -> outstanding(jdbc) == 0);
			assertThat(completed(jdbc, "DecisionPublished")).isPositive();
			topics.readToEnd();
			Map<Long, String> seats = jdbc.sql("""
					select p.id, o.division_code from decision_publication p join organization o on o.id = p.body_id
					where p.published_on is not null""")
				.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
			List<Message> published = topics.of(DECISIONS, "DecisionPublished");
			assertThat(published).hasSize(seats.size());
			assertThat(published.stream().map(m -> m.json().get("publicationId").asLong()).collect(Collectors.toSet()))
				.isEqualTo(seats.keySet());
			for (Message m : published) {
				assertThat(m.key()).isEqualTo(seats.get(m.json().get("publicationId").asLong()))
					.isEqualTo(m.json().get("place").asString());
				assertThat(m.text()).doesNotContain("\"topic\"");
				assertThat(m.json().get("decidedOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
				assertThat(m.json().get("occurredAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+\\+08:00");
				assertThat(m.json().get("party").asString()).isNotBlank();
			}
			assertThat(published.stream().map(m -> m.json().get("eventId").asString()).map(UUID::fromString).distinct())
				.hasSize(published.size());

			Map<String, String> reports = jdbc.sql("select body_id || '/' || year || '/' || version, body_seat"
					+ " from disclosure_statistics").query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
				.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
			List<Message> statistics = topics.of(STATISTICS, "StatisticsPublished");
			assertThat(statistics).hasSize(reports.size()).isNotEmpty();
			for (Message m : statistics) {
				JsonNode j = m.json();
				assertThat(m.key()).isEqualTo(reports.get(j.get("bodyId").asLong() + "/" + j.get("year").asInt() + "/"
						+ j.get("version").asInt()));
				// amounts exact, with the cent: as the API writes money (shared.Money)
				assertThat(m.text()).containsPattern("\"fines\":\\{\"decided\":\\d+\\.\\d{2},\"collected\":\\d+\\.\\d{2}\\}");
			}

			// a head withdraws one of his body's decisions: one record, the notice masked, its publication completed
			UserDetailsService users = app.getBean(UserDetailsService.class);
			ScopedPrincipal head = (ScopedPrincipal) users.loadUserByUsername("dlh.head");
			Map<String, Object> decision = jdbc.sql("""
					select id, decided_on from decision_publication where status = 'PUBLISHED' and body_id = ?
					order by id limit 1""").param(head.organizationId()).query().singleRow();
			long id = ((Number) decision.get("id")).longValue();
			LocalDate decidedOn = ((Date) decision.get("decided_on")).toLocalDate();
			IntegrationTest.actingAs(users, "dlh.head", () -> app.getBean(DecisionPublications.class).withdraw(id,
					new DecisionPublications.Withdrawal(decidedOn, DecisionPublications.Ground.REVOKED,
							"经行政复议，原处罚决定被撤销，联系电话13800138000"), head));
			await().atMost(PATIENCE).until(() -> completed(jdbc, "DecisionWithdrawn") == 1 && outstanding(jdbc) == 0);
			topics.readToEnd();
			assertThat(topics.of(DECISIONS, "DecisionWithdrawn")).singleElement()
				.satisfies(m -> assertThat(m.json().get("publicationId").asLong()).isEqualTo(id));
			Message withdrawn = topics.of(DECISIONS, "DecisionWithdrawn").get(0);
			assertThat(withdrawn.key()).isEqualTo(seats.get(id));
			assertThat(withdrawn.json().get("ground").asString()).isEqualTo("REVOKED");
			assertThat(withdrawn.json().get("revokedOn").asString()).isEqualTo(decidedOn.toString());
			assertThat(withdrawn.json().get("withdrawnOn").asString())
				.isEqualTo(LocalDate.now(ChinaTime.ZONE).toString());
			assertThat(withdrawn.json().get("reason").asString()).contains("经行政复议").doesNotContain("13800138000");
			assertThat(withdrawn.partition()).as("after its publication, on the same partition")
				.isEqualTo(published.stream().filter(m -> m.json().get("publicationId").asLong() == id).findFirst()
					.orElseThrow().partition());

			// the 司法局 corrects the body's report of last year: version 2 with its reason, one record
			ScopedPrincipal supervisor = (ScopedPrincipal) users.loadUserByUsername("hx.supervisor");
			int year = LocalDate.now(ChinaTime.ZONE).getYear() - 1;
			IntegrationTest.actingAs(users, "hx.supervisor", () -> app.getBean(EnforcementStatistics.class)
				.publish(year, String.valueOf(head.organizationId()), "更正：补录十二月的案件", supervisor));
			await().atMost(PATIENCE).until(() -> outstanding(jdbc) == 0
					&& completed(jdbc, "StatisticsPublished") == reports.size() + 1);
			topics.readToEnd();
			List<Message> corrections = topics.of(STATISTICS, "StatisticsPublished").stream()
				.filter(m -> m.json().get("version").asInt() == 2).toList();
			assertThat(corrections).singleElement().satisfies(m -> {
				assertThat(m.json().get("bodyId").asLong()).isEqualTo(head.organizationId());
				assertThat(m.json().get("year").asInt()).isEqualTo(year);
				assertThat(m.json().get("reason").asString()).isEqualTo("更正：补录十二月的案件");
				assertThat(m.key()).isEqualTo(reports.get(head.organizationId() + "/" + year + "/1"));
			});
			// nothing else was sent, nothing twice: one record for each publication, withdrawal and report
			assertThat(topics.read).hasSize(seats.size() + 1 + reports.size() + 1);
		}
		finally {
			app.close();
			IntegrationTest.dropDatabase(database);
			broker.destroy();
		}
	}

	/** Publications to the externaliser not yet completed (the broker has not acknowledged them). */
	private static int outstanding(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from event_publication where listener_id like ? and completion_date is null")
			.param(EXTERNALISER).query(Integer.class).single();
	}

	/** Publications of the event type to the externaliser that are completed. */
	private static int completed(JdbcClient jdbc, String type) {
		return jdbc.sql("""
				select count(*) from event_publication where listener_id like ? and event_type = ?
				and completion_date is not null""")
			.params(EXTERNALISER, "cn.oneteam.disclosure." + type).query(Integer.class).single();
	}

	/** A record as a receiver reads it: topic, partition, key, the type header, the JSON. */
	record Message(String topic, int partition, String key, String type, String text, JsonNode json) {
	}

	/** A plain consumer of both topics, from their beginning, without a group: what a province's receiver reads. */
	private static final class Topics implements AutoCloseable {

		private final KafkaConsumer<String, String> consumer;

		private final JsonMapper json;

		private final List<Message> read = new ArrayList<>();

		Topics(String brokers, JsonMapper json) {
			this.json = json;
			this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
					new StringDeserializer(), new StringDeserializer());
			List<TopicPartition> partitions = new ArrayList<>();
			for (String topic : List.of(DECISIONS, STATISTICS)) {
				for (PartitionInfo p : consumer.partitionsFor(topic)) {
					partitions.add(new TopicPartition(topic, p.partition()));
				}
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
		}

		/** Everything written so far. */
		void readToEnd() {
			Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
			await().atMost(PATIENCE).until(() -> {
				for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
					Header type = r.headers().lastHeader(UpwardReporting.TYPE_HEADER);
					read.add(new Message(r.topic(), r.partition(), r.key(),
							type == null ? "" : new String(type.value(), StandardCharsets.UTF_8), r.value(),
							json.readTree(r.value())));
				}
				return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
			});
		}

		List<Message> of(String topic, String type) {
			return read.stream().filter(m -> m.topic().equals(topic) && m.type().equals(type)).toList();
		}

		@Override
		public void close() {
			consumer.close();
		}
	}
}
