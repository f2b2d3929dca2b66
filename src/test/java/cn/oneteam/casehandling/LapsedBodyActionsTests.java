package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import cn.oneteam.organization.Organizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A body whose qualification lapsed (docs/adr/0037-enforcement-bodies-qualification.md) is refused enforcement actions
 * — judged on the step's own date, when it requests and when the last approval performs — and may still take those
 * that free or protect the party: release a seizure, record a payment. 德令哈's confirmations are revoked from a day
 * behind the procedure's back for the test and put back after it.
 */
class LapsedBodyActionsTests extends CaseApiTest {

	private static final String LAPSED = "urn:oneteam:problem:case.body-qualification-lapsed";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organizations organizations;

	interface Work {

		void run() throws Exception;

	}

	/** Runs the work with 德令哈's body lapsed from the day (its confirmations revoked then), then puts them back. */
	private void lapsedFrom(String day, Work work) throws Exception {
		long body = organizations.findByCode("632802-zhzf").orElseThrow().id().value();
		List<Long> revoked = jdbc.sql("""
				update body_qualification set revoked_on = cast(? as date), revocation_reason = '测试'
				where organization_id = ? and revoked_on is null and valid_from < cast(? as date) returning id""")
			.params(day, body, day).query(Long.class).list();
		try {
			if (revoked.isEmpty()) { // a body never confirmed: give it one that ends the day before
				revoked = jdbc.sql("""
						insert into body_qualification (organization_id, year, legal_basis, all_matters, valid_from, valid_to,
						    confirmed_by, confirmed_at, revoked_on, revocation_reason)
						values (?, 2000, '测试', true, date '2026-01-01', date '2026-12-31', 0, now(), cast(? as date), '测试')
						returning id""").params(body, day).query(Long.class).list();
			}
			work.run();
		}
		finally {
			jdbc.sql("update body_qualification set revoked_on = null, revocation_reason = null where id in (:ids) and year <> 2000")
				.param("ids", revoked).update();
			jdbc.sql("delete from body_qualification where id in (:ids) and year = 2000").param("ids", revoked).update();
		}
	}

	private long measure(long id) throws Exception {
		return body(mvc.perform(get("/api/v1/cases/" + id + "/measures").with(as("dlh.officer1")))
			.andExpect(status().isOk())).get("measures").get(0).get("id").asLong();
	}

	@Test
	void aLapsedBodyMayStillReleaseASeizureAndIsJudgedOnTheStepsOwnDate() throws Exception {
		long id = filed("ORGANISATION", "资格失效测试扣押" + System.nanoTime() % 1_000_000, "2026-06-01", "2026-06-01");
		lapsedFrom("2026-06-05", () -> {
			// dated while the body was covered: requested and performed although it lapsed since
			act(id, "seize", """
					{"kind":"IMPOUND","on":"2026-06-04","items":["烧烤炉1台"],"reason":"涉案工具","officers":%s,
					 "certificateShown":true,"partyPresent":true}""".formatted(pair()));
			assertThat(approved(id).get("pendingApproval").isNull()).isTrue();
			perform("dlh.officer1", id, "record-investigation", """
					{"kind":"INSPECTION","on":"2026-06-04","summary":"现场检查","officers":%s,"certificateShown":true}"""
				.formatted(pair())).andExpect(status().isOk());
			// dated after the lapse: an enforcement action is refused
			perform("dlh.officer1", id, "record-investigation", """
					{"kind":"INSPECTION","on":"2026-06-06","summary":"现场检查","officers":%s,"certificateShown":true}"""
				.formatted(pair())).andExpect(status().isConflict()).andExpect(jsonPath("$.type").value(LAPSED));
			// what frees the party is not
			act(id, "release-seizure", """
					{"measure":%d,"on":"2026-06-08","ground":"NO_VIOLATION","note":"经查与违法行为无关"}"""
				.formatted(measure(id)));
		});
	}

	@Test
	void aLapsedBodyMayStillRecordAPaymentButDecidesNothing() throws Exception {
		long id = atNotice("ORGANISATION", "资格失效测试缴款" + System.nanoTime() % 1_000_000, "2026-06-01", "2026-06-10",
				"2000", ORDINARY);
		act(id, "serve-notice", "{\"servedOn\":\"2026-06-15\",\"hearingRightNotified\":false}");
		String decision = "{\"decidedOn\":\"2026-06-24\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":2000}";
		lapsedFrom("2026-06-20", () -> {
			perform("dlh.officer1", id, "decide", decision).andExpect(status().isConflict())
				.andExpect(jsonPath("$.type").value(LAPSED));
			assertThat(detail(id).get("pendingApproval").isNull()).isTrue();
		});
		act(id, "decide", decision);
		lapsedFrom("2026-06-20", () -> { // requested while covered, lapsed before the head approves
			long request = detail("dlh.head", id).get("pendingApproval").get("id").asLong();
			mvc.perform(post("/api/v1/cases/approvals/" + request + "/approve").with(as("dlh.head"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"同意\"}"))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.type").value(LAPSED));
		});
		approveAll(id, "dlh.head");
		act(id, "serve-decision",
				"{\"on\":\"2026-06-24\",\"method\":\"DIRECT\",\"addressConfirmationSigned\":false,\"signedBy\":\"当事人本人\"}");
		lapsedFrom("2026-06-20", () -> {
			assertThat(act(id, "record-payment", "{\"paidOn\":\"2026-07-01\",\"amount\":2000,\"reference\":\"PAY-LAPSED\"}")
				.get("stage").asString()).isEqualTo("CLOSING");
		});
	}
}
