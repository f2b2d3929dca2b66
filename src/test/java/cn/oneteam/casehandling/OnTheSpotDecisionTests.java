package cn.oneteam.casehandling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.oneteam.IntegrationTest;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.identity.Accounts;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.organization.PersonId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An on-the-spot decision by two 德令哈 officers for 露天烧烤 (大气污染防治法 §118 para 3, 500–20,000 yuan) at
 * 火车站街道, where the county bureau enforces.
 */
class OnTheSpotDecisionTests extends IntegrationTest {

	private static final String BARBECUE = "HX-CG-009";

	private static final DivisionCode STATION = DivisionCode.of("632802003");

	@Autowired
	Cases cases;

	@Autowired
	Accounts accounts;

	@Autowired
	Officers officers;

	@Autowired
	Organizations organizations;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private ScopedPrincipal principal(String username) {
		return (ScopedPrincipal) users.loadUserByUsername(username);
	}

	private PenaltyCase decide(OnTheSpotDecision decision) {
		return actingAs("dlh.officer1", () -> cases.decideOnTheSpot(decision, principal("dlh.officer1")));
	}

	private PersonId personOf(String username) {
		return officers.personOfAccount(accounts.idOf(username).orElseThrow()).orElseThrow().id();
	}

	private OnTheSpotDecision decision(String fine, PartyKind party, String form, PersonId... officerIds) {
		return new OnTheSpotDecision(BARBECUE, STATION, LocalDate.of(2026, 9, 30), party, "某烧烤店（" + form + "）",
				"在禁止时段露天烧烤食品", Set.of(PenaltyKind.FINE), new BigDecimal(fine), form, List.of(officerIds), true, null);
	}

	@Test
	void twoCertifiedOfficersDecideOnTheSpotAndTheDeadlinesFollowTheCalendar() {
		PenaltyCase decided = decide(decision("3000", PartyKind.ORGANISATION, "DLH-J-0001",
				personOf("dlh.officer1"), personOf("dlh.officer2")));
		assertThat(decided.procedure()).isEqualTo(PenaltyCase.Procedure.SIMPLE);
		assertThat(decided.stage()).isEqualTo(CaseStage.DECIDED);
		assertThat(decided.officers()).hasSize(2).allSatisfy(o -> assertThat(o.certificateNumber()).startsWith("QH632802"));
		// 7 working days after 30 September 2026: National Day skipped, make-up Saturday 10 October counted
		assertThat(decided.archiveDue()).isEqualTo(LocalDate.of(2026, 10, 15));
		// 15 days after 30 September is Thursday 15 October, a working day
		assertThat(decided.paymentDue()).isEqualTo(LocalDate.of(2026, 10, 15));
		assertThat(decided.nameOrgId()).isEqualTo(organizations.findByCode("632802-zhzf").orElseThrow().id().value());
	}

	@Test
	void theDecisionIsInTheFullProcessRecordAndTamperingIsDetected() throws Exception {
		PenaltyCase decided = decide(decision("1500", PartyKind.ORGANISATION, "DLH-J-0050", personOf("dlh.officer1"),
				personOf("dlh.officer2")));
		mvc.perform(get("/api/v1/cases/{id}/record", decided.id()).with(as("dlh.officer1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].action").value("on-the-spot-decided"))
			.andExpect(jsonPath("$[0].certificates").value(org.hamcrest.Matchers.containsString("QH632802")));
		mvc.perform(get("/api/v1/cases/{id}/record/verify", decided.id()).with(as("dlh.officer1")))
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.entries").value(1));
		// the record is append-only: an ordinary update is refused by the database
		assertThatThrownBy(() -> jdbc.update("update execution_record set payload = 'x' where subject_id = ?",
				decided.id()))
			.hasMessageContaining("append-only");
		// someone who switches the guard off and changes the fine is found out
		List<Map<String, Object>> original = rowsFromFirstOf(decided.id());
		jdbc.execute("alter table execution_record disable trigger execution_record_no_change");
		try {
			jdbc.update("""
					update execution_record set payload = replace(payload, '1500', '150')
					where subject_type = 'penalty_case' and subject_id = ?""", decided.id());
		}
		finally {
			jdbc.execute("alter table execution_record enable trigger execution_record_no_change");
		}
		mvc.perform(get("/api/v1/cases/{id}/record/verify", decided.id()).with(as("dlh.officer1")))
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.brokenAt").value(1))
			.andExpect(jsonPath("$.reason").value("payload"));
		putBack(original); // the shared test database's chains verify again (docs/adr/0007-tamper-evidence.md)
		mvc.perform(get("/api/v1/cases/{id}/record/verify", decided.id()).with(as("dlh.officer1")))
			.andExpect(jsonPath("$.intact").value(true));
	}

	/** The rows of the record from the given subject's first entry on, as they are. */
	private List<Map<String, Object>> rowsFromFirstOf(long subjectId) {
		return jdbc.queryForList("""
				select * from execution_record where id >= (select min(id) from execution_record
				  where subject_type = 'penalty_case' and subject_id = ?) order by id""", subjectId);
	}

	/** Puts the rows back as they were, the append-only guard off meanwhile, as a superuser would. */
	private void putBack(List<Map<String, Object>> rows) {
		jdbc.execute("alter table execution_record disable trigger execution_record_no_change");
		try {
			jdbc.update("delete from execution_record where id >= ?", rows.get(0).get("id"));
			for (Map<String, Object> r : rows) {
				jdbc.update("""
						insert into execution_record (id, subject_type, subject_id, seq, action, actor_account_id,
						  certificates, occurred_at, payload, payload_digest, prev_hash, hash, global_prev_hash, global_hash,
						  chain)
						overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", r.get("id"),
						r.get("subject_type"), r.get("subject_id"), r.get("seq"), r.get("action"),
						r.get("actor_account_id"), r.get("certificates"), r.get("occurred_at"), r.get("payload"),
						r.get("payload_digest"), r.get("prev_hash"), r.get("hash"), r.get("global_prev_hash"),
						r.get("global_hash"), r.get("chain"));
			}
		}
		finally {
			jdbc.execute("alter table execution_record enable trigger execution_record_no_change");
		}
	}

	@Test
	void aChangedCaseOrACutRecordIsFoundOut() throws Exception {
		PenaltyCase first = decide(decision("1200", PartyKind.ORGANISATION, "DLH-J-0060", personOf("dlh.officer1"),
				personOf("dlh.officer2")));
		PenaltyCase second = decide(decision("1300", PartyKind.ORGANISATION, "DLH-J-0061", personOf("dlh.officer1"),
				personOf("dlh.officer2")));
		jdbc.update("update penalty_case set fine = 12 where id = ?", first.id());
		mvc.perform(get("/api/v1/cases/{id}/record/verify", first.id()).with(as("dlh.officer1")))
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.reason").value("case-changed"));
		assertThatThrownBy(() -> jdbc.execute("truncate execution_record")).hasMessageContaining("append-only");
		List<Map<String, Object>> original = rowsFromFirstOf(second.id());
		jdbc.execute("alter table execution_record disable trigger execution_record_no_change");
		try {
			// the case's entries only: another subject's record may share the number
			jdbc.update("delete from execution_record where subject_type = 'penalty_case' and subject_id = ?",
					second.id());
		}
		finally {
			jdbc.execute("alter table execution_record enable trigger execution_record_no_change");
		}
		mvc.perform(get("/api/v1/cases/{id}/record/verify", second.id()).with(as("dlh.officer1")))
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.reason").value("missing"));
		putBack(original);
		mvc.perform(get("/api/v1/cases/{id}/record/verify", second.id()).with(as("dlh.officer1")))
			.andExpect(jsonPath("$.intact").value(true));
	}

	@Test
	void thePartyMustHaveBeenToldAndFormsAreNeverReused() {
		OnTheSpotDecision untold = new OnTheSpotDecision(BARBECUE, STATION, LocalDate.of(2026, 9, 30),
				PartyKind.ORGANISATION, "某烧烤店", "露天烧烤", Set.of(PenaltyKind.FINE), new BigDecimal("900"), "DLH-J-0070",
				List.of(personOf("dlh.officer1"), personOf("dlh.officer2")), false, null);
		assertThatThrownBy(() -> decide(untold)).isInstanceOfSatisfying(CaseViolation.class,
				v -> assertThat(v.reasons()).containsExactly("case.party-not-informed"));
		decide(decision("900", PartyKind.ORGANISATION, "DLH-J-0071", personOf("dlh.officer1"), personOf("dlh.officer2")));
		assertThatThrownBy(() -> decide(decision("900", PartyKind.ORGANISATION, "DLH-J-0071", personOf("dlh.officer1"),
				personOf("dlh.officer2"))))
			.isInstanceOfSatisfying(CaseViolation.class, v -> assertThat(v.code()).isEqualTo("case.form-number-used"));
		assertThatThrownBy(() -> decision("0.001", PartyKind.ORGANISATION, "DLH-J-0072", personOf("dlh.officer1"),
				personOf("dlh.officer2")))
			.isInstanceOfSatisfying(CaseViolation.class, v -> assertThat(v.code()).isEqualTo("case.input-invalid"));
	}

	@Test
	void aFineAboveTheLimitOrASingleOfficerIsRefusedWithTheRules() {
		assertThatThrownBy(() -> decide(decision("3000.01", PartyKind.ORGANISATION, "DLH-J-0002",
				personOf("dlh.officer1"), personOf("dlh.officer2"))))
			.isInstanceOfSatisfying(CaseViolation.class,
					v -> assertThat(v.reasons()).containsExactly("case.simple-fine-over-organisation"));
		assertThatThrownBy(() -> decide(decision("200", PartyKind.NATURAL_PERSON, "DLH-J-0003",
				personOf("dlh.officer1"), personOf("dlh.officer1"))))
			.isInstanceOfSatisfying(CaseViolation.class,
					v -> assertThat(v.reasons()).contains("case.two-officers-required"));
		assertThatThrownBy(() -> decide(decision("100", PartyKind.NATURAL_PERSON, "DLH-J-0004",
				personOf("dlh.officer1"), personOf("dlh.officer2"))))
			.isInstanceOfSatisfying(CaseViolation.class,
					v -> assertThat(v.reasons()).containsExactly("case.fine-outside-statutory-range"));
	}

	@Test
	void anAuxiliaryNeverCountsAsTheSecondOfficer() {
		PersonId auxiliary = officers.people(organizations.findByCode("632802-zhzf").orElseThrow().id(),
				JurisdictionScope.nationwide())
			.stream()
			.filter(p -> p.category() == PersonCategory.AUXILIARY)
			.findFirst()
			.orElseThrow()
			.id();
		assertThatThrownBy(() -> decide(decision("500", PartyKind.ORGANISATION, "DLH-J-0005",
				personOf("dlh.officer1"), auxiliary)))
			.isInstanceOfSatisfying(CaseViolation.class,
					v -> assertThat(v.reasons()).contains("officer.not-establishment", "officer.no-valid-certificate"));
	}

	@Test
	void theApiRecordsAndListsWithinTheJurisdiction() throws Exception {
		String body = """
				{"matter": "HX-CG-009", "place": "632802003", "decidedOn": "2026-11-20", "partyKind": "NATURAL_PERSON",
				 "partyName": "张某", "facts": "在禁止区域露天烧烤", "penaltyKinds": ["FINE"], "fine": 600,
				 "formNumber": "DLH-J-0100", "officers": [%d, %d], "partyInformed": true}"""
			.formatted(personOf("dlh.officer1").value(), personOf("dlh.officer2").value());
		mvc.perform(post("/api/v1/cases/on-the-spot").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reasons", hasItem("case.simple-fine-over-citizen")));
		for (String nothing : List.of("0", "-1")) { // refused as no fine, not as over the limit
			mvc.perform(post("/api/v1/cases/on-the-spot").with(as("dlh.officer1")).with(csrf())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON).content(body.replace("600", nothing)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.reasons", org.hamcrest.Matchers.contains("case.simple-fine-not-positive")));
		}
		mvc.perform(post("/api/v1/cases/on-the-spot").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body.replace("600", "200")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reasons", hasItem("case.fine-outside-statutory-range")));
		mvc.perform(post("/api/v1/cases/on-the-spot").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("NATURAL_PERSON", "ORGANISATION").replace("600", "800")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.procedure").value("SIMPLE"))
			.andExpect(jsonPath("$.paymentDue").value("2026-12-07"));
		mvc.perform(get("/api/v1/cases").with(as("hexi.dispatch"))) // 河西街道 sees its own cases only
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].place", everyItem(startsWith("632802001"))));
		mvc.perform(post("/api/v1/cases/on-the-spot").with(as("hexi.dispatch")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
	}
}
