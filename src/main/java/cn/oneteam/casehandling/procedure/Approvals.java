package cn.oneteam.casehandling.procedure;

import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.CaseViolation;
import cn.oneteam.casehandling.PendingApproval;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.oneteam.casehandling.PendingApproval.Decision;
import cn.oneteam.shared.ChinaTime;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 审批链 and 审批: the chain of roles that approves each action for a body (its own, the deployment's
 * {@code oneteam.case.approval.<ACTION>}, or the default), and the requests waiting for it. A chain always holds the
 * role the statute names for the action.
 */
@Repository
public class Approvals {

	private final JdbcClient jdbc;

	private final Environment environment;

	Approvals(JdbcClient jdbc, Environment environment) {
		this.jdbc = jdbc;
		this.environment = environment;
	}

	/** The chain for the action at the body. */
	public List<String> chain(long organizationId, CaseAction action) {
		Optional<List<String>> own = jdbc.sql("select steps from approval_chain where organization_id = ? and action = ?")
			.params(organizationId, action.name())
			.query((rs, n) -> Arrays.asList((String[]) rs.getArray("steps").getArray()))
			.optional();
		List<String> chain = own.orElseGet(() -> {
			String configured = environment.getProperty("oneteam.case.approval." + action.name());
			return configured == null ? action.defaultChain()
					: Arrays.stream(configured.split(",")).map(String::trim).toList();
		});
		requireStatutory(action, chain);
		return chain;
	}

	/** Every approvable action's chain at the body. */
	public Map<CaseAction, List<String>> chains(long organizationId) {
		Map<CaseAction, List<String>> chains = new EnumMap<>(CaseAction.class);
		for (CaseAction action : CaseAction.values()) {
			if (action.needsApproval()) {
				chains.put(action, chain(organizationId, action));
			}
		}
		return chains;
	}

	public void configure(long organizationId, CaseAction action, List<String> steps, long by, OffsetDateTime at) {
		if (!action.needsApproval()) {
			throw new CaseViolation(CaseViolation.BAD_REQUEST, "approval.action-not-approvable", List.of(), action);
		}
		requireStatutory(action, steps);
		jdbc.sql("""
				insert into approval_chain (organization_id, action, steps, updated_by, updated_at) values (?, ?, ?, ?, ?)
				on conflict (organization_id, action) do update set steps = excluded.steps,
				  updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.params(organizationId, action.name(), steps.toArray(String[]::new), by, at)
			.update();
	}

	/** A chain names known approving roles, at most six, and never leaves out the statute's approver. */
	private static void requireStatutory(CaseAction action, List<String> steps) {
		if (steps.isEmpty() || steps.size() > 6 || !ApprovingRole.allKnown(steps)) {
			throw new CaseViolation(CaseViolation.BAD_REQUEST, "approval.chain-invalid", List.of(), String.join(",", steps));
		}
		if (action.statutoryApprover() != null && !steps.contains(action.statutoryApprover())) {
			throw new CaseViolation(CaseViolation.UNPROCESSABLE, "approval.chain-skips-statutory-step", List.of(), action,
					action.statutoryApprover());
		}
	}

	public long request(long caseId, CaseAction action, String payload, List<String> steps, long requestedBy,
			long organizationId, OffsetDateTime at) {
		return jdbc.sql("""
				insert into approval_request (case_id, action, payload, steps, state, requested_by, requested_at,
				  organization_id) values (?, ?, ?, ?, 'PENDING', ?, ?, ?) returning id""")
			.params(caseId, action.name(), payload, steps.toArray(String[]::new), requestedBy, at, organizationId)
			.query(Long.class)
			.single();
	}

	public Optional<PendingApproval> pendingFor(long caseId) {
		return select("where r.case_id = ? and r.state = 'PENDING'", caseId).stream().findFirst();
	}

	public Optional<PendingApproval> find(long requestId) {
		return select("where r.id = ? and r.state = 'PENDING'", requestId).stream().findFirst();
	}

	public long caseOf(long requestId) {
		return jdbc.sql("select case_id from approval_request where id = ?")
			.param(requestId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new CaseViolation(CaseViolation.NOT_FOUND, "approval.unknown", List.of(), requestId));
	}

	/** The accounts that decided a step of the request so far. */
	public List<Long> decidedBy(long requestId) {
		return jdbc.sql("select decided_by from approval_step where request_id = ?").param(requestId).query(Long.class)
			.list();
	}

	public long requesterOf(long requestId) {
		return jdbc.sql("select requested_by from approval_request where id = ?").param(requestId).query(Long.class).single();
	}

	/** Requests of the bodies given whose next step is one of the roles. */
	public List<PendingApproval> inbox(List<Long> organizationIds, List<String> roles) {
		return select("where r.state = 'PENDING' and r.organization_id = any(?) and r.steps[r.next_step] = any(?)",
				organizationIds.toArray(Long[]::new), roles.toArray(String[]::new));
	}

	public void decide(PendingApproval request, boolean approved, @Nullable String comment, long by, OffsetDateTime at) {
		jdbc.sql("""
				insert into approval_step (request_id, step_no, role, decided_by, approved, comment, decided_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(request.id(), request.nextStep(), request.nextRole(), by, approved, comment, at)
			.update();
		String state = !approved ? "REJECTED" : request.nextStep() == request.steps().size() ? "APPROVED" : "PENDING";
		jdbc.sql("update approval_request set next_step = next_step + 1, state = ? where id = ?")
			.params(state, request.id())
			.update();
	}

	private List<PendingApproval> select(String where, Object... params) {
		List<PendingApproval> requests = jdbc.sql("""
				select r.*, a.display_name as requester, c.party_name, c.matter_code from approval_request r
				join account a on a.id = r.requested_by join penalty_case c on c.id = r.case_id
				""" + where
				+ " order by r.requested_at")
			.params(params)
			.query(this::request)
			.list();
		return requests.stream().map(r -> new PendingApproval(r.id(), r.caseId(), r.action(), r.steps(), r.nextStep(),
				r.requestedBy(), r.requestedAt(), r.payload(), r.partyName(), r.matterCode(), decisions(r.id()))).toList();
	}

	private List<Decision> decisions(long requestId) {
		return jdbc.sql("""
				select s.*, a.display_name from approval_step s join account a on a.id = s.decided_by
				where s.request_id = ? order by s.step_no""")
			.param(requestId)
			.query((rs, n) -> new Decision(rs.getInt("step_no"), rs.getString("role"), rs.getString("display_name"),
					rs.getBoolean("approved"), rs.getString("comment") == null ? "" : rs.getString("comment"),
					ChinaTime.local(rs.getObject("decided_at", OffsetDateTime.class))))
			.list();
	}

	private PendingApproval request(ResultSet rs, int row) throws SQLException {
		return new PendingApproval(rs.getLong("id"), rs.getLong("case_id"), CaseAction.valueOf(rs.getString("action")),
				Arrays.asList((String[]) rs.getArray("steps").getArray()), rs.getInt("next_step"),
				rs.getString("requester"), ChinaTime.local(rs.getObject("requested_at", OffsetDateTime.class)),
				rs.getString("payload"), rs.getString("party_name"), rs.getString("matter_code"), List.of());
	}
}
