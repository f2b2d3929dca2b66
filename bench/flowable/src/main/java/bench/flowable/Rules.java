package bench.flowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.flowable.engine.delegate.DelegateExecution;

/**
 * The service tasks of the general procedure (processes/general-procedure.bpmn20.xml), called as
 * {@code ${rules.<step>(execution)}}: each checks what OneTeam's step checks — dates, the limitation period, the matter
 * in force and the body responsible, two certified officers, the fine within the matter's range, a reviewer who is not
 * a handler, approvers who neither asked nor decided before — and writes what it writes: the case row, approval requests
 * and steps, clocks on the working-day calendar, numbered PDF documents and the hash-chained record.
 */
final class Rules {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final String DOMAIN = "URBAN_MANAGEMENT";

	private final WorkingDays calendar;

	private final Record record;

	private final Documents documents;

	Rules(WorkingDays calendar, Record record, Documents documents) {
		this.calendar = calendar;
		this.record = record;
		this.documents = documents;
	}

	/** 线索登记: a place in the caller's jurisdiction, a matter in force that the caller's body enforces there. */
	public void registerClue(DelegateExecution ex) {
		long caseId = caseId(ex);
		String place = text(ex, "place");
		String matter = text(ex, "matter");
		LocalDate discovered = past(ex, "discoveredOn");
		String division = (String) Sql.value("select division from peer_organization where id = ?", actorOrg(ex))
			.orElseThrow();
		refuseIf(!place.startsWith(division), 403, "case.place-outside-jurisdiction");
		inForce(matter, discovered);
		refuseIf(responsible(matter, place) != actorOrg(ex), 422, "case.caller-not-of-enforcing-body");
		Sql.update("""
				insert into peer_case (id, process_instance_id, organization_id, matter_code, place, party_name, facts,
				  discovered_on, stage, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'CLUE', ?)""", caseId,
				ex.getProcessInstanceId(), actorOrg(ex), matter, place, text(ex, "partyName"), text(ex, "facts"),
				discovered, now());
		startClock(caseId, "CLUE_VERIFICATION", discovered, calendar.plus(discovered, 15));
		record(ex, "register-clue", Map.of("matter", matter, "place", place, "partyName", text(ex, "partyName")));
	}

	/** 立案 asked: within the limitation period, the matter in force at the act, two certified officers (§36, §42). */
	public void requestFiling(DelegateExecution ex) {
		checkFiling(ex);
		requestApproval(ex, "file", "squad", "head");
	}

	/** 立案 approved: the clue's verification period met, the 90-day decision period starts, 立案审批表 issued. */
	public void performFiling(DelegateExecution ex) {
		checkFiling(ex);
		long caseId = caseId(ex);
		LocalDate filed = date(ex, "filedOn");
		Sql.update("update peer_case set filed_on = ?, stage = 'INVESTIGATING', updated_at = ? where id = ?", filed,
				now(), caseId);
		endClock(caseId, "CLUE_VERIFICATION", filed);
		startClock(caseId, "DECISION", filed, filed.plusDays(90));
		Map<String, Object> facts = facts(ex, "filedOn", "actOn");
		facts.put("documents", List.of(issue(ex, "FILING_APPROVAL", "立", "立案审批表")));
		record(ex, "file", facts);
	}

	/** 询问、检查: after filing, two certified officers who showed their certificates (§42, §55). */
	public void recordInvestigation(DelegateExecution ex) {
		Map<String, Object> c = caseRow(ex);
		LocalDate on = past(ex, "on");
		refuseIf(on.isBefore((LocalDate) c.get("filed_on")), 422, "case.date-before-filing");
		refuseIf(!Boolean.TRUE.equals(ex.getVariable("certificateShown")), 422, "case.certificate-not-shown");
		officers(ex, on);
		record(ex, "record-investigation", facts(ex, "kind", "on", "summary"));
	}

	/** 调查终结报告: a fine within the matter's range (the discretion benchmark's bounds). */
	public void submitReport(DelegateExecution ex) {
		Map<String, Object> c = caseRow(ex);
		LocalDate on = past(ex, "on");
		refuseIf(on.isBefore((LocalDate) c.get("filed_on")), 422, "case.date-before-filing");
		BigDecimal fine = amount(ex, "fine");
		Map<String, Object> range = Sql.row("select fine_min, fine_max from peer_matter where code = ?",
				c.get("matter_code")).orElseThrow();
		refuseIf(fine.compareTo((BigDecimal) range.get("fine_min")) < 0
				|| fine.compareTo((BigDecimal) range.get("fine_max")) > 0, 422, "case.fine-outside-range");
		ex.setVariable("reportedFine", fine);
		Sql.update("update peer_case set fine = ?, stage = 'REVIEW', updated_at = ? where id = ?", fine, now(),
				caseId(ex));
		record(ex, "submit-report", facts(ex, "on", "outcome", "fine", "summary"));
	}

	/** 法制审核: by a reviewer who is none of the case's officers. */
	public void reviewCase(DelegateExecution ex) {
		past(ex, "on");
		refuseIf(officerIds(ex).contains(actorPerson(ex)), 403, "case.reviewer-is-handler");
		refuseIf(!"AGREE".equals(text(ex, "opinion")), 422, "case.review-disagrees");
		Sql.update("update peer_case set stage = 'PROPOSAL', updated_at = ? where id = ?", now(), caseId(ex));
		record(ex, "review-case", facts(ex, "on", "opinion", "text"));
	}

	public void requestProposal(DelegateExecution ex) {
		past(ex, "on");
		requestApproval(ex, "propose", "head");
	}

	public void performProposal(DelegateExecution ex) {
		Sql.update("update peer_case set stage = 'NOTICE', updated_at = ? where id = ?", now(), caseId(ex));
		record(ex, "propose", facts(ex, "note"));
	}

	/** 行政处罚告知书 served: issued, and the party's 5 working days to state a defence start. */
	public void serveNotice(DelegateExecution ex) {
		LocalDate served = past(ex, "servedOn");
		long caseId = caseId(ex);
		Sql.update("update peer_case set served_on = ?, updated_at = ? where id = ?", served, now(), caseId);
		startClock(caseId, "NOTICE_RESPONSE", served, calendar.plus(served, 5));
		Map<String, Object> facts = facts(ex, "servedOn", "hearingRightNotified");
		facts.put("documents", List.of(issue(ex, "PENALTY_NOTICE", "告", "行政处罚告知书")));
		record(ex, "serve-notice", facts);
	}

	/** 放弃陈述申辩: after service; the notice period ends. */
	public void recordWaiver(DelegateExecution ex) {
		LocalDate on = past(ex, "on");
		refuseIf(on.isBefore((LocalDate) caseRow(ex).get("served_on")), 422, "case.waiver-before-notice");
		endClock(caseId(ex), "NOTICE_RESPONSE", on);
		Sql.update("update peer_case set stage = 'DECISION_PENDING', updated_at = ? where id = ?", now(), caseId(ex));
		record(ex, "record-waiver", facts(ex, "on", "how"));
	}

	/** 决定 asked: the notice period over, no heavier than the notice, within the 90-day decision period. */
	public void requestDecision(DelegateExecution ex) {
		checkDecision(ex);
		requestApproval(ex, "decide", "head");
	}

	/** 决定 approved: numbered, 行政处罚决定书 issued; seven working days to serve it. */
	public void performDecision(DelegateExecution ex) {
		checkDecision(ex);
		long caseId = caseId(ex);
		LocalDate decided = date(ex, "decidedOn");
		Map<String, Object> document = issue(ex, "PENALTY_DECISION", "罚", "行政处罚决定书");
		Sql.update("""
				update peer_case set decided_on = ?, decision_number = ?, stage = 'DECIDED', updated_at = ? where id = ?""",
				decided, document.get("number"), now(), caseId);
		endClock(caseId, "DECISION", decided);
		startClock(caseId, "SERVICE", decided, calendar.plus(decided, 7));
		Map<String, Object> facts = facts(ex, "decidedOn", "outcome", "fine");
		facts.put("documents", List.of(document));
		record(ex, "decide", facts);
	}

	/** 送达决定书: within the service period; 15 days to pay start on receipt (§67). */
	public void serveDecision(DelegateExecution ex) {
		LocalDate on = past(ex, "on");
		long caseId = caseId(ex);
		refuseIf(on.isBefore((LocalDate) caseRow(ex).get("decided_on")), 422, "case.service-before-decision");
		endClock(caseId, "SERVICE", on);
		startClock(caseId, "PAYMENT", on, on.plusDays(15));
		Sql.update("update peer_case set stage = 'EXECUTION', updated_at = ? where id = ?", now(), caseId);
		record(ex, "serve-decision", facts(ex, "on", "method", "signedBy"));
	}

	/** 缴款: the whole fine decided, after service. */
	public void recordPayment(DelegateExecution ex) {
		LocalDate paid = past(ex, "paidOn");
		Map<String, Object> c = caseRow(ex);
		refuseIf(amount(ex, "amount").compareTo((BigDecimal) c.get("fine")) != 0, 422, "case.payment-not-fine");
		endClock(caseId(ex), "PAYMENT", paid);
		Sql.update("update peer_case set paid_on = ?, updated_at = ? where id = ?", paid, now(), caseId(ex));
		record(ex, "record-payment", facts(ex, "paidOn", "amount", "reference"));
	}

	/** 结案 asked: the decision performed. */
	public void requestClosing(DelegateExecution ex) {
		LocalDate on = past(ex, "on");
		Object paid = caseRow(ex).get("paid_on");
		refuseIf(paid == null || on.isBefore((LocalDate) paid), 422, "case.closing-before-performance");
		requestApproval(ex, "close", "squad", "head");
	}

	/** 结案 approved: 结案审批表 issued, every clock ends. */
	public void performClosing(DelegateExecution ex) {
		long caseId = caseId(ex);
		Sql.update("update peer_clock set state = 'MET', ended_on = ? where case_id = ? and state = 'RUNNING'",
				date(ex, "on"), caseId);
		Sql.update("update peer_case set stage = 'CLOSED', updated_at = ? where id = ?", now(), caseId);
		Map<String, Object> facts = facts(ex, "on", "summary");
		facts.put("documents", List.of(issue(ex, "CLOSING_APPROVAL", "结", "结案审批表")));
		record(ex, "close", facts);
	}

	/**
	 * An approver's step on the pending request: neither its requester nor the approver of an earlier step; recorded,
	 * and the request approved when it was the chain's last step ({@code approved} drives the gateway after it).
	 */
	public void decideApproval(DelegateExecution ex) {
		long caseId = caseId(ex);
		Map<String, Object> request = Sql.row("""
				select id, action, steps, next_step, requested_by from peer_approval where case_id = ? and state = 'PENDING'
				for update""", caseId).orElseThrow(() -> new Refused(409, "approval.not-pending"));
		long id = (Long) request.get("id");
		long actor = actor(ex);
		refuseIf((Long) request.get("requested_by") == actor, 403, "approval.own-request");
		refuseIf(Sql.value("select 1 from peer_approval_step where request_id = ? and decided_by = ?", id, actor)
			.isPresent(), 403, "approval.step-already-yours");
		boolean approved = Boolean.TRUE.equals(ex.getVariable("approved"));
		String comment = ex.getVariable("comment") == null ? "" : (String) ex.getVariable("comment");
		refuseIf(!approved && comment.isBlank(), 400, "approval.reason-missing");
		String[] steps = (String[]) request.get("steps");
		int step = (Integer) request.get("next_step");
		Sql.update("insert into peer_approval_step values (?, ?, ?, ?, ?, ?, ?)", id, step, steps[step - 1], actor,
				approved, comment, now());
		String state = !approved ? "REJECTED" : step == steps.length ? "APPROVED" : "PENDING";
		Sql.update("update peer_approval set next_step = next_step + 1, state = ? where id = ?", state, id);
		record(ex, (approved ? "approved:" : "rejected:") + request.get("action"),
				Map.of("request", id, "step", step + "/" + steps.length + " " + steps[step - 1], "text", comment));
	}

	private void checkFiling(DelegateExecution ex) {
		Map<String, Object> c = caseRow(ex);
		LocalDate filed = past(ex, "filedOn");
		LocalDate act = past(ex, "actOn");
		LocalDate discovered = (LocalDate) c.get("discovered_on");
		refuseIf(filed.isBefore(discovered), 422, "case.filed-before-discovery");
		// 处罚法 §36: two years from the act, five where life, health or finance was harmed
		int years = Boolean.TRUE.equals(ex.getVariable("lifeHealthOrFinanceWithHarm")) ? 5 : 2;
		refuseIf(act.plusYears(years).isBefore(discovered), 422, "case.limitation-expired");
		inForce((String) c.get("matter_code"), act);
		refuseIf(responsible((String) c.get("matter_code"), (String) c.get("place")) != (Long) c.get("organization_id"),
				422, "case.body-not-responsible-on-date");
		officers(ex, filed);
	}

	private void checkDecision(DelegateExecution ex) {
		Map<String, Object> c = caseRow(ex);
		LocalDate decided = past(ex, "decidedOn");
		refuseIf(amount(ex, "fine").compareTo((BigDecimal) c.get("fine")) > 0, 422, "case.heavier-than-notice");
		refuseIf(Sql.value("select 1 from peer_clock where case_id = ? and kind = 'NOTICE_RESPONSE' and state = 'RUNNING'",
				caseId(ex)).isPresent(), 422, "case.notice-period-running");
		LocalDate due = (LocalDate) Sql.value("select due_on from peer_clock where case_id = ? and kind = 'DECISION'",
				caseId(ex)).orElseThrow();
		refuseIf(decided.isAfter(due), 422, "case.decision-period-over");
	}

	/** Two distinct officers of the case's body, each with a certificate valid on the day for the domain (§42). */
	private void officers(DelegateExecution ex, LocalDate on) {
		List<Long> ids = officerIds(ex);
		refuseIf(ids.size() != 2 || ids.get(0).equals(ids.get(1)), 422, "case.two-officers-required");
		long certified = (Long) Sql.value("""
				select count(*) from peer_officer where person_id = any(?) and organization_id = ? and domain = ?
				  and ? between valid_from and valid_to""", ids.toArray(Long[]::new), actorOrg(ex), DOMAIN, on)
			.orElseThrow();
		refuseIf(certified != 2, 422, "case.officer-not-certified");
	}

	private List<Long> officerIds(DelegateExecution ex) {
		List<Long> ids = new ArrayList<>();
		Object officers = ex.getVariable("officers");
		if (officers instanceof JsonNode array) {
			array.forEach(n -> ids.add(n.asLong()));
		}
		return ids;
	}

	private void inForce(String matter, LocalDate on) {
		refuseIf(Sql.value("""
				select 1 from peer_matter where code = ? and in_force_from <= ? and (in_force_to is null or in_force_to >= ?)""",
				matter, on, on).isEmpty(), 422, "case.matter-not-in-force");
	}

	/** The body enforcing the matter at the place: the responsibility of the longest division prefix of the place. */
	private long responsible(String matter, String place) {
		return (Long) Sql.value("""
				select organization_id from peer_responsibility where matter_code = ? and ? like division_prefix || '%'
				order by length(division_prefix) desc limit 1""", matter, place)
			.orElseThrow(() -> new Refused(422, "case.no-responsible-body"));
	}

	private void requestApproval(DelegateExecution ex, String action, String... chain) {
		long request = (Long) Sql.value("""
				insert into peer_approval (case_id, action, steps, state, requested_by, requested_at)
				values (?, ?, ?, 'PENDING', ?, ?) returning id""", caseId(ex), action, chain, actor(ex), now())
			.orElseThrow();
		record(ex, "requested:" + action, Map.of("request", request, "chain", List.of(chain)));
	}

	private void startClock(long caseId, String kind, LocalDate start, LocalDate due) {
		Sql.update("insert into peer_clock values (?, ?, ?, ?, 'RUNNING', null)", caseId, kind, start, due);
	}

	/** Ends a running clock: met by the day, or late (flagged for supervision, as OneTeam's late approvals are). */
	private void endClock(long caseId, String kind, LocalDate on) {
		Sql.update("""
				update peer_clock set state = case when ? <= due_on then 'MET' else 'LATE' end, ended_on = ?
				where case_id = ? and kind = ? and state = 'RUNNING'""", on, on, caseId, kind);
	}

	private Map<String, Object> issue(DelegateExecution ex, String type, String code, String title) {
		Map<String, Object> c = caseRow(ex);
		List<String> lines = List.of("当事人：" + c.get("party_name"), "事项：" + c.get("matter_code"),
				"地点：" + c.get("place"), "违法事实：" + c.get("facts"), "立案日期：" + c.get("filed_on"),
				"罚款：" + (c.get("fine") == null ? "—" : c.get("fine") + "元"));
		return documents.issue(caseId(ex), type, code, title, lines, actor(ex), LocalDate.now(CHINA));
	}

	private void record(DelegateExecution ex, String action, Map<String, Object> facts) {
		record.append(caseId(ex), action, actor(ex), facts);
	}

	private Map<String, Object> caseRow(DelegateExecution ex) {
		return Sql.row("select * from peer_case where id = ?", caseId(ex)).orElseThrow();
	}

	/** The named variables' values, for the record. */
	private static Map<String, Object> facts(DelegateExecution ex, String... names) {
		Map<String, Object> facts = new LinkedHashMap<>();
		for (String name : names) {
			Object value = ex.getVariable(name);
			facts.put(name, value == null ? null : value.toString());
		}
		return facts;
	}

	/** A date an action gives: today or earlier, at most ten years back. */
	private static LocalDate past(DelegateExecution ex, String name) {
		LocalDate date = date(ex, name);
		LocalDate today = LocalDate.now(CHINA);
		refuseIf(date.isAfter(today), 400, "case.date-in-future");
		refuseIf(date.isBefore(today.minusYears(10)), 400, "case.date-out-of-range");
		return date;
	}

	private static LocalDate date(DelegateExecution ex, String name) {
		try {
			return LocalDate.parse(text(ex, name));
		}
		catch (RuntimeException e) {
			throw new Refused(400, "bad-input." + name);
		}
	}

	private static BigDecimal amount(DelegateExecution ex, String name) {
		Object value = ex.getVariable(name);
		if (!(value instanceof Number n)) {
			throw new Refused(400, "bad-input." + name);
		}
		return new BigDecimal(n.toString());
	}

	private static String text(DelegateExecution ex, String name) {
		Object value = ex.getVariable(name);
		if (!(value instanceof String s) || s.isBlank()) {
			throw new Refused(400, "bad-input." + name);
		}
		return s.trim();
	}

	private static void refuseIf(boolean condition, int status, String code) {
		if (condition) {
			throw new Refused(status, code);
		}
	}

	private static long caseId(DelegateExecution ex) {
		return ((Number) ex.getVariable("caseId")).longValue();
	}

	private static long actor(DelegateExecution ex) {
		return ((Number) ex.getVariable("actor")).longValue();
	}

	private static long actorPerson(DelegateExecution ex) {
		return ((Number) ex.getVariable("actorPerson")).longValue();
	}

	private static long actorOrg(DelegateExecution ex) {
		return ((Number) ex.getVariable("actorOrg")).longValue();
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(CHINA);
	}
}
