package cn.oneteam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectTimeline;
import cn.oneteam.subject.SubjectTimelineEntry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * The subject an event is about (docs/adr/0019-subject-register.md, "Events and complaints about a subject"): named at
 * intake and later by the dispatcher or the unit, only with a subject in the caller's jurisdiction, each change in the
 * event's record; the event on the subject's timeline for those who may read it; a complaint replied to as
 * substantiated counted on the subject's credit record, an unfounded one not.
 */
class EventSubjectTests extends IntakeTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	FullProcessRecord record;

	@Autowired
	List<SubjectTimeline> timelines;

	@Autowired
	UserDetailsService users;

	/** A demo subject in the township (or county) given, with no credit fact yet. */
	private long subjectIn(String division) {
		return jdbc.sql("""
				select id from market_subject m where division_code like ? and kind = 'LEGAL_PERSON'
				and not exists (select 1 from credit_fact f where f.subject_id = m.id)
				order by random() limit 1""").param(division + "%").query(Long.class).single();
	}

	private ResultActions link(String user, long event, @Nullable Long subject) throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("subjectId", subject);
		return mvc.perform(put("/api/v1/intake/events/" + event + "/subject").with(as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
	}

	private List<RecordEntry> entries(long event) {
		return record.entries(EventRecorded.SUBJECT, event);
	}

	private RecordEntry last(long event) {
		List<RecordEntry> all = entries(event);
		return all.get(all.size() - 1);
	}

	private @Nullable Long linked(long event) {
		return jdbc.sql("select subject_id from intake_event where id = ?").param(event).query(Long.class).optional()
			.orElse(null);
	}

	private List<SubjectTimelineEntry> timeline(long subject, String user) {
		ScopedPrincipal viewer = (ScopedPrincipal) users.loadUserByUsername(user);
		return actingAs(user, () -> timelines.stream().flatMap(t -> t.about(subject, viewer).stream()).toList());
	}

	private List<SubjectTimelineEntry> eventsOn(long subject, String user) {
		return timeline(subject, user).stream().filter(e -> e.kindKey().equals(EventTimeline.KIND)).toList();
	}

	private int upheldFacts(long subject) {
		return jdbc.sql("select count(*) from credit_fact where subject_id = ? and kind = 'COMPLAINT_UPHELD'")
			.param(subject).query(Integer.class).single();
	}

	private void creditDelivered() {
		await().atMost(PATIENCE).until(() -> jdbc.sql("""
				select count(*) from event_publication where completion_date is null
				and listener_id like '%CreditListener%'""").query(Integer.class).single() == 0);
	}

	/** A complaint received by the dispatcher about the subject, dispatched to 河西街道 and accepted there. */
	private long acceptedComplaintAbout(long subject) throws Exception {
		JsonNode receipt = body(mvc.perform(post("/api/v1/intake/events").param("subjectId", String.valueOf(subject))
			.with(as("dlh.dispatch")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("requestType", "COMPLAINT", "matter", FUMES, "description",
					"饭店油烟直排扰民 " + UUID.randomUUID(), "division", "632802001"))))
			.andExpect(status().isCreated()));
		long id = byTracking(receipt.get("trackingNumber").asText()).get("id").asLong();
		assertThat(linked(id)).isEqualTo(subject);
		assertThat(entries(id)).extracting(RecordEntry::action).containsSubsequence("received", "subject-linked");
		act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk());
		act("hexi.dispatch", id, "accept", Map.of()).andExpect(status().isOk());
		return id;
	}

	private JsonNode credit(long subject) throws Exception {
		return body(mvc.perform(get("/api/v1/credit/subjects/" + subject).with(as("dlh.legal")))
			.andExpect(status().isOk()));
	}

	@Test
	void theDispatcherOrTheUnitNamesASubjectOfTheirJurisdictionAndEveryChangeIsRecorded() throws Exception {
		long id = received(FUMES, "632802001").get("id").asLong();
		long delingha = subjectIn("632802");
		long golmud = subjectIn("632801");

		// a subject outside the caller's jurisdiction does not exist for them: 404 and nothing written
		link("dlh.dispatch", id, golmud).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("subject.unknown"));
		// an event outside the caller's jurisdiction neither
		link("grm.squad", id, delingha).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("intake.event-unknown"));
		// an officer who neither dispatches nor handles the event
		link("dlh.officer1", id, delingha).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("intake.not-your-unit"));
		// nor may anyone name a subject when receiving a report
		int before = events();
		mvc.perform(post("/api/v1/intake/events").param("subjectId", String.valueOf(golmud)).with(as("dlh.dispatch"))
			.with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("requestType", "COMPLAINT", "matter", FUMES, "description",
					"格尔木的公司", "division", "632802001"))))
			.andExpect(status().isNotFound());
		assertThat(events()).isEqualTo(before);
		assertThat(linked(id)).isNull();
		assertThat(entries(id)).extracting(RecordEntry::action).doesNotContain("subject-linked", "subject-unlinked");

		link("dlh.dispatch", id, delingha).andExpect(status().isOk()).andExpect(jsonPath("$.subjectId").value(delingha));
		assertThat(linked(id)).isEqualTo(delingha);
		RecordEntry linkedEntry = last(id);
		assertThat(linkedEntry.action()).isEqualTo("subject-linked");
		assertThat(json.readTree(linkedEntry.payload()).get("subject").asLong()).isEqualTo(delingha);
		// naming it again changes nothing
		int recorded = entries(id).size();
		link("dlh.dispatch", id, delingha).andExpect(status().isOk());
		assertThat(entries(id)).hasSize(recorded);

		// the unit it was dispatched to, through the event page's form
		act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk());
		long hexi = subjectIn("632802001");
		String name = jdbc.sql("select name from market_subject where id = ?").param(hexi).query(String.class).single();
		String choices = mvc.perform(get("/intake/subjects").param("q", name).with(as("hexi.dispatch")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(choices).contains("name=\"subjectId\"", "value=\"" + hexi + "\"");
		mvc.perform(post("/intake/events/" + id + "/subject").param("subjectId", String.valueOf(hexi))
			.with(as("hexi.dispatch")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(linked(id)).isEqualTo(hexi);
		assertThat(json.readTree(last(id).payload()).get("previous").asLong()).isEqualTo(delingha);
		String page = mvc.perform(get("/intake/events/" + id).with(as("hexi.dispatch"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"event-subject-link\"", "/subjects/" + hexi, "id=\"subject-search\"");

		link("hexi.dispatch", id, null).andExpect(status().isOk()).andExpect(jsonPath("$.subjectId").isEmpty());
		assertThat(linked(id)).isNull();
		assertThat(last(id).action()).isEqualTo("subject-unlinked");
	}

	@Test
	void anEventWhoseSubjectLiesOutsideTheViewersJurisdictionOpensWithoutIt() throws Exception {
		long id = received(FUMES, "632802001").get("id").asLong();
		long hedong = subjectIn("632802003");
		link("dlh.dispatch", id, hedong).andExpect(status().isOk());
		act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk());
		// 河西街道 reads the event but not the subject in 河东: the page opens, the subject is not shown
		String page = mvc.perform(get("/intake/events/" + id).with(as("hexi.dispatch"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("/subjects/" + hedong);
	}

	@Test
	void theSubjectsTimelineShowsItsEventsToThoseWhoMayReadThem() throws Exception {
		long subject = subjectIn("632802001");
		long here = received(FUMES, "632802001").get("id").asLong();
		long elsewhere = received(FUMES, "632802003").get("id").asLong();
		link("dlh.dispatch", here, subject).andExpect(status().isOk());
		link("dlh.dispatch", elsewhere, subject).andExpect(status().isOk());

		assertThat(eventsOn(subject, "dlh.legal")).extracting(SubjectTimelineEntry::href)
			.contains("/intake/events/" + here, "/intake/events/" + elsewhere);
		assertThat(eventsOn(subject, "dlh.legal")).extracting(SubjectTimelineEntry::summaryKey)
			.contains("intake.timeline.received.COMPLAINT");
		// 河西街道 reads the subject but not the event received in another township
		assertThat(eventsOn(subject, "hexi.dispatch")).extracting(SubjectTimelineEntry::href)
			.contains("/intake/events/" + here).doesNotContain("/intake/events/" + elsewhere);
		// 格尔木 reads neither
		assertThat(eventsOn(subject, "grm.legal")).isEmpty();

		String page = mvc.perform(get("/subjects/" + subject).with(as("dlh.dispatch"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/intake/events/" + here, "data-kind=\"" + EventTimeline.KIND + "\"");
	}

	@Test
	void aSubstantiatedComplaintAboutASubjectCountsOnItsCreditRecord() throws Exception {
		long subject = subjectIn("632802001");
		JsonNode before = credit(subject);
		int score = before.at("/now/score").asInt();
		long id = acceptedComplaintAbout(subject);

		act("hexi.dispatch", id, "reply", Map.of("reply", "经查属实，已责令整改。", "substantiated", true))
			.andExpect(status().isOk()).andExpect(jsonPath("$.substantiated").value(true));
		await().atMost(PATIENCE).until(() -> upheldFacts(subject) == 1);
		creditDelivered();
		assertThat(jdbc.sql("select source from credit_fact where subject_id = ? and kind = 'COMPLAINT_UPHELD'")
			.param(subject).query(String.class).single()).isEqualTo("event:" + id);
		JsonNode after = credit(subject);
		assertThat(after.at("/now/score").asInt()).isGreaterThan(score);
		assertThat(after.at("/history").size()).isGreaterThan(before.at("/history").size());
		assertThat(entries(id).stream().filter(e -> e.action().equals("replied")).findFirst().orElseThrow().payload())
			.contains("\"substantiated\":true");
		assertThat(eventsOn(subject, "dlh.legal")).extracting(SubjectTimelineEntry::summaryKey)
			.contains("intake.timeline.closed.upheld");

		// "not fixed", replied again as substantiated: still one fact for the event
		String tracking = jdbc.sql("select tracking_number from intake_event where id = ?").param(id)
			.query(String.class).single();
		mvc.perform(post("/api/v1/public/events/" + tracking + "/not-fixed").contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\":\"还在冒烟\"}")).andExpect(status().isOk());
		act("hexi.dispatch", id, "reply", Map.of("reply", "再次整改。", "substantiated", true)).andExpect(status().isOk());
		creditDelivered();
		assertThat(upheldFacts(subject)).isEqualTo(1);

		// the finding counts on this subject: the event's subject can no longer be moved or cleared
		link("dlh.dispatch", id, subjectIn("632802001")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("intake.subject-fixed-by-finding"));
		link("dlh.dispatch", id, null).andExpect(status().isConflict());
		assertThat(linked(id)).isEqualTo(subject);
	}

	@Test
	void anUnfoundedComplaintCountsForNothingAndOnlyComplaintsAndReportsHaveAFinding() throws Exception {
		long subject = subjectIn("632802001");
		int history = credit(subject).at("/history").size();
		long id = acceptedComplaintAbout(subject);
		act("hexi.dispatch", id, "reply", Map.of("reply", "经查不属实。", "substantiated", false))
			.andExpect(status().isOk()).andExpect(jsonPath("$.substantiated").value(false));
		creditDelivered();
		assertThat(upheldFacts(subject)).isZero();
		assertThat(credit(subject).at("/history").size()).isEqualTo(history);
		assertThat(eventsOn(subject, "dlh.legal")).extracting(SubjectTimelineEntry::summaryKey)
			.contains("intake.timeline.closed.unfounded");

		// a request for help is neither substantiated nor unfounded; a reply without a finding is as before
		Map<String, Object> help = Map.of("orderId", "H" + UUID.randomUUID().toString().replace("-", "").substring(0, 20),
				"order", Map.of("requestType", "HELP", "matter", FUMES, "description", "求助 " + UUID.randomUUID(),
						"division", "632802001"));
		long helpId = byTracking(body(hotline(help)).get("trackingNumber").asText()).get("id").asLong();
		act("dlh.dispatch", helpId, "dispatch", Map.of()).andExpect(status().isOk());
		act("hexi.dispatch", helpId, "accept", Map.of()).andExpect(status().isOk());
		act("hexi.dispatch", helpId, "reply", Map.of("reply", "已处理", "substantiated", true))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("intake.substantiated-not-a-complaint"));
		act("hexi.dispatch", helpId, "reply", Map.of("reply", "已处理")).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REPLIED")).andExpect(jsonPath("$.substantiated").isEmpty());
	}
}
