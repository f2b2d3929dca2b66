package cn.oneteam.casehandling;

import cn.oneteam.casehandling.execution.PaymentSchedule;
import cn.oneteam.casehandling.file.CaseFile;
import cn.oneteam.casehandling.file.CaseFiles;
import cn.oneteam.casehandling.general.FilingSteps;
import cn.oneteam.casehandling.procedure.ActionContext;
import cn.oneteam.casehandling.procedure.Approvals;
import cn.oneteam.casehandling.procedure.BodyQualificationCheck;
import cn.oneteam.casehandling.procedure.Clocks;
import cn.oneteam.casehandling.procedure.ProcedureSteps;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.audit.Verification;
import cn.oneteam.casehandling.CaseDetail.ActionAvailability;
import cn.oneteam.casehandling.procedure.ProcedureEvent.ActionRefused;
import cn.oneteam.casehandling.procedure.ProcedureEvent.ApprovalRequested;
import cn.oneteam.casehandling.procedure.ProcedureEvent.ApprovalStepDecided;
import cn.oneteam.casehandling.procedure.ProcedureSteps.Step;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.Sha256;
import cn.oneteam.shared.ScopedPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * 普通程序: takes each action of the general procedure through the same gate — the case in the caller's jurisdiction
 * and of the caller's body, the stage that allows it, the permission, no approval pending — then either performs it or,
 * for an action a head decides, checks it in full and files an approval request; the last approval performs it. Every
 * action, approval and refusal goes into the case's full-process record; a refused action changes nothing else.
 */
@Service
public class CaseProcedure {

	private final CaseFiles files;

	private final Clocks clocks;

	private final Approvals approvals;

	private final FilingSteps filing;

	private final Map<CaseAction, Step<?>> steps = new EnumMap<>(CaseAction.class);

	private final ApplicationEventPublisher events;

	private final FullProcessRecord record;

	private final JsonMapper json;

	private final Clock clock;

	private final TransactionTemplate tx;

	private final TransactionTemplate separate;

	private final TransactionTemplate nested;

	private final MessageSource messages;

	private final PaymentSchedule schedule;

	private final CaseDocuments documents;

	private final BodyQualificationCheck qualification;

	CaseProcedure(CaseFiles files, Clocks clocks, Approvals approvals, FilingSteps filing, List<ProcedureSteps> groups,
			ApplicationEventPublisher events, FullProcessRecord record, JsonMapper json, Clock clock,
			PlatformTransactionManager transactions, MessageSource messages, PaymentSchedule schedule,
			CaseDocuments documents, BodyQualificationCheck qualification) {
		this.documents = documents;
		this.qualification = qualification;
		this.files = files;
		this.clocks = clocks;
		this.approvals = approvals;
		this.filing = filing;
		groups.forEach(g -> steps.putAll(g.steps()));
		this.events = events;
		this.record = record;
		this.json = json;
		this.clock = clock;
		this.tx = new TransactionTemplate(transactions);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.nested = new TransactionTemplate(transactions);
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.messages = messages;
		this.schedule = schedule;
	}

	/** Performs the action on the case, or files it for approval when a head decides it. */
	public <I> CaseDetail act(long caseId, CaseAction action, I input, ScopedPrincipal caller) {
		Step<I> step = step(action, input);
		return refusalsRecorded(caseId, action, caller, () -> tx.execute(status -> {
			CaseFile c = gate(caseId, action, input, caller);
			ActionContext ctx = context(caller, false);
			if (action.needsApproval()) {
				List<String> chain = approvals.chain(c.actingOrgId, action);
				nested.executeWithoutResult(savepoint -> { // the full check, undone: the approval performs it for real
					step.perform(c, input, ctx);
					savepoint.setRollbackOnly();
				});
				long request = approvals.request(caseId, action, json.writeValueAsString(input), chain,
						caller.accountId(), c.actingOrgId, ctx.now);
				ActionContext requested = context(caller, false);
				requested.record(new ApprovalRequested(request, chain, json.writeValueAsString(input)));
				publish(lockAgain(caseId), "requested:" + action.slug(), requested);
			}
			else {
				step.perform(c, input, ctx);
				documents.issueFor(c, action, ctx);
				files.save(c);
				publish(c, action.slug(), ctx);
				publishForOtherModules(c, action, ctx);
			}
			return detail(caseId, caller);
		}));
	}

	/**
	 * An approver's decision on the next step of a request: a head of the case's own body, holding the step's role, who
	 * neither asked for it nor decided an earlier step; a rejection gives its reason. The last approval performs the
	 * action with the date the request gave (a paper record may be entered later); the day of the approval is recorded,
	 * and flagged where it falls after the period the action answers.
	 */
	public CaseDetail decide(long requestId, boolean approve, String comment, ScopedPrincipal caller) {
		long caseId = approvals.caseOf(requestId);
		PendingApproval request = tx.execute(s -> approvals.find(requestId)
			.orElseThrow(() -> new CaseViolation(CaseViolation.CONFLICT, "approval.not-pending", List.of(), requestId)));
		return refusalsRecorded(caseId, request.action(), caller, () -> tx.execute(status -> {
			CaseFile c = files.lock(caseId, caller.jurisdiction());
			PendingApproval pending = approvals.find(requestId)
				.orElseThrow(() -> new CaseViolation(CaseViolation.CONFLICT, "approval.not-pending", List.of(), requestId));
			requireMayDecide(c, pending, approve, comment, caller);
			approvals.decide(pending, approve, comment, caller.accountId(), OffsetDateTime.now(clock));
			ActionContext ctx = context(caller, true);
			ctx.record(new ApprovalStepDecided(requestId,
					pending.nextStep() + "/" + pending.steps().size() + " " + pending.nextRole(), comment, ctx.today));
			boolean last = approve && pending.nextStep() == pending.steps().size();
			if (last) {
				if (!pending.action().allowedIn(c.stage)) {
					throw notInStage(pending.action(), c.stage);
				}
				Object input = input(pending);
				requireQualifiedFor(c, pending.action(), input, ctx.today); // docs/adr/0037-enforcement-bodies-qualification.md
				perform(c, pending.action(), input, ctx);
				documents.issueFor(c, pending.action(), ctx);
				files.save(c);
			}
			publish(c, (approve ? "approved:" : "rejected:") + pending.action().slug(), ctx);
			if (last) {
				publishForOtherModules(c, pending.action(), ctx);
			}
			return detail(caseId, caller);
		}));
	}

	/**
	 * Who may decide the request's next step: an approver holding its role, of the case's body, who neither asked for it
	 * nor decided an earlier step; a rejection gives its reason.
	 */
	private void requireMayDecide(CaseFile c, PendingApproval pending, boolean approve, String comment,
			ScopedPrincipal caller) {
		long requestId = pending.id();
		if (!hasAuthority("case:approve") || !hasAuthority("ROLE_" + pending.nextRole())) {
			throw new CaseViolation(CaseViolation.FORBIDDEN, "approval.not-your-step", List.of(), pending.nextRole());
		}
		if (caller.organizationId() != c.actingOrgId) {
			throw new CaseViolation(CaseViolation.FORBIDDEN, "case.caller-not-of-enforcing-body", List.of(), c.actingOrgId);
		}
		if (approvals.requesterOf(requestId) == caller.accountId()) {
			throw new CaseViolation(CaseViolation.FORBIDDEN, "approval.own-request", List.of(), requestId);
		}
		if (approvals.decidedBy(requestId).contains(caller.accountId())) {
			throw new CaseViolation(CaseViolation.FORBIDDEN, "approval.step-already-yours", List.of(), requestId);
		}
		if (!approve && comment.isBlank()) {
			throw new CaseViolation(CaseViolation.BAD_REQUEST, "approval.reason-required", List.of(), requestId);
		}
	}

	/**
	 * The digest every record entry carries: the case's findings and its clocks (start, length, extensions, pauses,
	 * due date, state), so that a change made behind the procedure's back shows when the record is verified.
	 */
	public String stateDigest(CaseFile c) {
		List<String> periods = clocks.of(c.id).stream()
			.map(k -> String.join(" ", k.kind().name(), String.valueOf(k.startedOn()), String.valueOf(k.lengthUnits()),
					String.valueOf(k.extendedUnits()), String.valueOf(k.pausedUnits()), String.valueOf(k.pausedSince()),
					String.valueOf(k.dueOn()), k.state().name(), String.valueOf(k.endedOn())))
			.toList();
		return Sha256.hex(c.snapshot() + "|" + periods);
	}

	/** Records a change the system itself made to a case's clocks (a lapse, a calendar move), with the new state. */
	void recordBySystem(long caseId, String action, Map<String, Object> facts, OffsetDateTime at) {
		files.find(caseId).ifPresent(c -> {
			Map<String, Object> withState = new LinkedHashMap<>(facts);
			withState.put("state", stateDigest(c));
			events.publishEvent(new CaseActionRecorded(caseId, action, 0L, List.of(), at, withState));
		});
	}

	private Object input(PendingApproval pending) {
		return json.readValue(pending.payload(), steps.get(pending.action()).input());
	}

	@SuppressWarnings("unchecked")
	private <I> void perform(CaseFile c, CaseAction action, Object input, ActionContext ctx) {
		Step<I> step = (Step<I>) steps.get(action);
		step.perform(c, (I) input, ctx);
	}

	/**
	 * A body whose qualification lapsed takes no enforcement action; it may still take those that free or protect the
	 * party ({@link CaseAction#OPEN_TO_A_LAPSED_BODY}). Its standing is judged on the step's own date — the first date
	 * the input gives (filedOn, on, decidedOn, servedOn, …), today where it gives none — as an on-the-spot decision's
	 * is judged on its date (docs/adr/0037-enforcement-bodies-qualification.md).
	 */
	private void requireQualifiedFor(CaseFile c, CaseAction action, Object input, LocalDate today) {
		if (!CaseAction.OPEN_TO_A_LAPSED_BODY.contains(action)) {
			qualification.requireQualified(c.actingOrgId, dayOf(input, today));
		}
	}

	/** The step's own date: the first date among its input's components that is given; else today. */
	static LocalDate dayOf(Object input, LocalDate today) {
		if (input instanceof Record r) {
			for (RecordComponent component : r.getClass().getRecordComponents()) {
				if (component.getType() == LocalDate.class) {
					try {
						Object day = component.getAccessor().invoke(r);
						if (day != null) {
							return (LocalDate) day;
						}
					}
					catch (ReflectiveOperationException e) {
						throw new IllegalStateException(e);
					}
				}
			}
		}
		return today;
	}

	/** Registers a clue: the first record of a general-procedure case. */
	public CaseDetail registerClue(CaseInputs.NewClue clue, ScopedPrincipal caller) {
		requireAuthority(CaseAction.REGISTER_CLUE);
		return tx.execute(status -> {
			ActionContext ctx = context(caller, false);
			CaseFile c = filing.open(clue, ctx);
			c.identify(files.insertClue(c, caller.accountId(), ctx.now));
			clocks.start(c.id, ClockKind.CLUE_VERIFICATION, clue.discoveredOn(), ctx.now);
			publish(c, CaseAction.REGISTER_CLUE.slug(), ctx);
			return detail(c.id, caller);
		});
	}

	public CaseDetail detail(long caseId, ScopedPrincipal caller) {
		return tx.execute(status -> {
			CaseFile c = files.find(caseId, caller.jurisdiction());
			PendingApproval pending = approvals.pendingFor(caseId).orElse(null);
			return CaseDetail.of(c, clocks.of(caseId), pending, availability(c, pending, caller),
					schedule.view(c, LocalDate.now(clock)));
		});
	}

	/** The approval requests whose next step is one of the caller's roles, in the caller's body. */
	public List<PendingApproval> inbox(ScopedPrincipal caller) {
		List<String> roles = roles();
		return tx.execute(status -> approvals.inbox(List.of(caller.organizationId()), roles));
	}

	public Map<CaseAction, List<String>> chains(ScopedPrincipal caller) {
		return tx.execute(status -> approvals.chains(caller.organizationId()));
	}

	/** The head sets the caller's body's chain for an action; the statutory approver must stay in it. */
	public Map<CaseAction, List<String>> configureChain(CaseAction action, List<String> roles, ScopedPrincipal caller) {
		if (!hasAuthority("ROLE_BUREAU_HEAD")) {
			throw new CaseViolation(CaseViolation.FORBIDDEN, "approval.chain-head-only", List.of());
		}
		return tx.execute(status -> {
			approvals.configure(caller.organizationId(), action, roles, caller.accountId(), OffsetDateTime.now(clock));
			return approvals.chains(caller.organizationId());
		});
	}

	/**
	 * Verifies the record of a general-procedure case: the hash chain, and that the case as stored is the case the last
	 * action recorded ("case-changed" otherwise).
	 */
	Verification verify(long caseId, Verification chain) {
		if (!chain.intact()) {
			return chain;
		}
		CaseFile c = files.find(caseId).orElseThrow();
		String expected = "\"state\":\"" + stateDigest(c) + "\"";
		List<RecordEntry> entries = record.entries(OnTheSpotPenaltyDecided.SUBJECT, caseId);
		for (int i = entries.size() - 1; i >= 0; i--) {
			if (entries.get(i).payload().contains("\"state\":\"")) {
				return entries.get(i).payload().contains(expected) ? chain
						: new Verification(false, chain.entries(), entries.get(i).seq(), "case-changed");
			}
		}
		return chain;
	}

	private CaseFile gate(long caseId, CaseAction action, Object input, ScopedPrincipal caller) {
		CaseFile c = files.lock(caseId, caller.jurisdiction());
		requireAuthority(action);
		if (caller.organizationId() != c.actingOrgId) {
			throw new CaseViolation(CaseViolation.FORBIDDEN, "case.caller-not-of-enforcing-body", List.of(), c.actingOrgId);
		}
		if (!action.allowedIn(c.stage)) {
			throw notInStage(action, c.stage);
		}
		if (action.needsApproval() && approvals.pendingFor(caseId).isPresent()) { // one request at a time
			throw new CaseViolation(CaseViolation.CONFLICT, "case.approval-pending", List.of(), caseId);
		}
		// a body whose qualification lapsed acts no more (docs/adr/0037-enforcement-bodies-qualification.md)
		requireQualifiedFor(c, action, input, LocalDate.now(clock));
		return c;
	}

	/**
	 * An action out of its place in the procedure (docs/legal/procedure.md#stages): the stages it belongs to and the case's stage,
	 * named in the caller's language.
	 */
	private CaseViolation notInStage(CaseAction action, CaseStage stage) {
		Locale locale = LocaleContextHolder.getLocale();
		String stages = action.stages().stream()
			.map(s -> messages.getMessage("case.stage." + s.name(), null, s.name(), locale))
			.collect(Collectors.joining(messages.getMessage("case.separator", null, ", ", locale)));
		return new CaseViolation(CaseViolation.CONFLICT, "case.action-not-allowed-in-stage", List.of(),
				messages.getMessage("case.action." + action.slug(), null, action.slug(), locale),
				messages.getMessage("case.stage." + stage.name(), null, stage.name(), locale), stages);
	}

	private List<ActionAvailability> availability(CaseFile c, PendingApproval pending, ScopedPrincipal caller) {
		List<ActionAvailability> result = new ArrayList<>();
		boolean ownBody = caller.organizationId() == c.actingOrgId;
		for (CaseAction action : CaseAction.values()) {
			if (action == CaseAction.REGISTER_CLUE || !steps.containsKey(action)) {
				continue;
			}
			List<String> reasons = new ArrayList<>();
			if (!action.allowedIn(c.stage)) {
				reasons.add("case.action-not-allowed-in-stage");
			}
			if (!hasAuthority(action.authority())) {
				reasons.add("case.permission-missing");
			}
			if (!ownBody) {
				reasons.add("case.caller-not-of-enforcing-body");
			}
			if (pending != null && action.needsApproval()) {
				reasons.add("case.approval-pending");
			}
			result.add(new ActionAvailability(action, action.slug(), reasons.isEmpty(), reasons));
		}
		return result;
	}

	private CaseDetail refusalsRecorded(long caseId, CaseAction action, ScopedPrincipal caller,
			Supplier<CaseDetail> work) {
		try {
			return work.get();
		}
		catch (CaseViolation refused) {
			if (refused.status() != CaseViolation.NOT_FOUND && refused.status() != CaseViolation.FORBIDDEN) {
				separate.executeWithoutResult(status -> files.find(caseId).ifPresent(c -> {
					ActionContext ctx = context(caller, false);
					ctx.record(new ActionRefused(refused.code(), refused.reasons()));
					events.publishEvent(new CaseActionRecorded(caseId, "refused:" + action.slug(), caller.accountId(),
							List.of(), ctx.now, ctx.facts()));
				}));
			}
			throw refused.withPeriods(reasons -> clocks.reasonArguments(caseId, reasons));
		}
	}

	private CaseFile lockAgain(long caseId) {
		return files.lock(caseId, JurisdictionScope.nationwide()); // reached already in this transaction
	}

	/**
	 * The action's entry in the full-process record, written from the events it recorded (docs/adr/0016): their facts,
	 * then the stage the case is in and the digest of its state. Synchronous, in the action's transaction.
	 */
	private void publish(CaseFile c, String action, ActionContext ctx) {
		Map<String, Object> facts = ctx.facts();
		facts.put("stage", c.stage.name());
		facts.put("state", stateDigest(c));
		events.publishEvent(new CaseActionRecorded(c.id, action, ctx.caller.accountId(), List.copyOf(ctx.certificates),
				ctx.now, facts));
	}

	/**
	 * The events other modules hear of (CaseFiled, CaseDecided, DecisionServed, FinePaid, CaseTransferred, CaseClosed), as the aggregate
	 * registered them, published in the action's transaction (docs/adr/0014-typed-events.md).
	 */
	private void publishForOtherModules(CaseFile c, CaseAction action, ActionContext ctx) {
		c.takePublished().forEach(events::publishEvent);
	}

	private ActionContext context(ScopedPrincipal caller, boolean approved) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return new ActionContext(caller, LocalDate.now(clock), now, approved);
	}

	@SuppressWarnings("unchecked")
	private <I> Step<I> step(CaseAction action, I input) {
		Step<?> step = steps.get(action);
		if (step == null || !step.input().isInstance(input)) {
			throw new IllegalArgumentException(action + " takes " + (step == null ? "no input" : step.input()));
		}
		return (Step<I>) step;
	}

	private static void requireAuthority(CaseAction action) {
		if (!hasAuthority(action.authority())) {
			throw new CaseViolation(CaseViolation.FORBIDDEN, "case.permission-missing", List.of(), action.authority());
		}
	}

	public static boolean hasAuthority(String authority) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
	}

	private static List<String> roles() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return List.of();
		}
		Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
		return List.copyOf(roles);
	}
}
