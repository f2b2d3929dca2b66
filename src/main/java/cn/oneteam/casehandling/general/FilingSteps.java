package cn.oneteam.casehandling.general;

import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.CaseClock;
import cn.oneteam.casehandling.CaseViolation;
import cn.oneteam.casehandling.ClockKind;
import cn.oneteam.casehandling.file.CaseFile;
import cn.oneteam.casehandling.file.CaseFiles;
import cn.oneteam.casehandling.procedure.CaseParties;
import cn.oneteam.casehandling.procedure.ActionContext;
import cn.oneteam.casehandling.procedure.Clocks;
import cn.oneteam.casehandling.procedure.OfficerCheck;
import cn.oneteam.casehandling.procedure.ProcedureSteps;
import java.util.List;
import java.util.Map;

import cn.oneteam.casehandling.CaseClock.State;
import cn.oneteam.casehandling.CaseInputs.DeclineFiling;
import cn.oneteam.casehandling.CaseInputs.Extension;
import cn.oneteam.casehandling.CaseInputs.FileCase;
import cn.oneteam.casehandling.CaseInputs.Investigation;
import cn.oneteam.casehandling.CaseInputs.NewClue;
import cn.oneteam.casehandling.general.FilingEvent.InvestigationRecorded;
import cn.oneteam.casehandling.general.FilingEvent.VerificationExtended;
import cn.oneteam.casehandling.PenaltyCase.CaseOfficer;
import cn.oneteam.catalog.Catalog;
import cn.oneteam.catalog.Matter;
import cn.oneteam.catalog.MatterVersion;
import cn.oneteam.catalog.Responsibility;
import cn.oneteam.shared.DivisionCode;
import org.springframework.stereotype.Component;

/** 线索、立案、调查: a clue registered and verified, the case filed or not, and the investigation's records. */
@Component
public class FilingSteps implements ProcedureSteps {

	private final Catalog catalog;

	private final OfficerCheck officerCheck;

	private final CaseFiles files;

	private final Clocks clocks;

	private final CaseParties parties;

	FilingSteps(Catalog catalog, OfficerCheck officerCheck, CaseFiles files, Clocks clocks, CaseParties parties) {
		this.parties = parties;
		this.catalog = catalog;
		this.officerCheck = officerCheck;
		this.files = files;
		this.clocks = clocks;
	}

	@Override
	public Map<CaseAction, Step<?>> steps() {
		return Map.of(CaseAction.FILE, Step.of(FileCase.class, this::file), CaseAction.DECLINE_FILING,
				Step.of(DeclineFiling.class, this::decline), CaseAction.EXTEND_VERIFICATION,
				Step.of(Extension.class, this::extendVerification), CaseAction.RECORD_INVESTIGATION,
				Step.of(Investigation.class, this::investigate));
	}

	/** A clue for a matter in force, at a place in the caller's jurisdiction, that the caller's body enforces there. */
	public CaseFile open(NewClue clue, ActionContext ctx) {
		DivisionCode place = DivisionCode.of(clue.place().trim());
		if (!ctx.caller.jurisdiction().covers(place)) {
			throw new CaseViolation(CaseViolation.FORBIDDEN, "case.place-outside-jurisdiction", List.of(), place);
		}
		ctx.requireNotFuture(clue.discoveredOn());
		Matter matter = catalog.require(clue.matter().trim());
		MatterVersion version = matter.versionOn(clue.discoveredOn())
			.orElseThrow(() -> new CaseViolation(CaseViolation.UNPROCESSABLE, "case.matter-not-in-force", List.of(),
					matter.code(), clue.discoveredOn()));
		Responsibility responsible = catalog.responsible(matter.code(), place, clue.discoveredOn());
		if (responsible.enforcingBodyId() != ctx.caller.organizationId()) {
			throw new CaseViolation(CaseViolation.UNPROCESSABLE, "case.caller-not-of-enforcing-body", List.of(),
					responsible.enforcingBody());
		}
		// the party: chosen from the register, registered there now, or named in free text (docs/adr/0023-case-party-from-register.md)
		CaseFile c = CaseFile.registerClue(parties.resolve(clue, ctx.caller), place, matter.code(), version.version(), responsible,
				ctx.caller.accountId());
		ctx.record(c.clueRegistered(responsible));
		return c;
	}

	/**
	 * 立案 (市监 §19): within the limitation period (处罚法 §36), the caller's body responsible for the matter at the
	 * place on the filing day — for a township, the matter on its empowerment list that day, documents in the name the
	 * mode requires (处罚法 §20, §24) — and two certified officers assigned (§42). The 90-day period starts.
	 */
	private void file(CaseFile c, FileCase f, ActionContext ctx) {
		ctx.requireNotFuture(f.filedOn());
		ctx.refuseIf(f.filedOn().isBefore(c.discoveredOn), "case.filed-before-discovery");
		LimitationPeriod.reasonAgainst(f.actOn(), f.actEndedOn(), c.discoveredOn, f.lifeHealthOrFinanceWithHarm())
			.ifPresent(r -> ctx.refuseIf(true, r));
		Matter matter = catalog.require(c.matterCode);
		MatterVersion version = matter.versionOn(f.actOn()).orElse(null); // 从旧: the law in force at the act (§37)
		ctx.refuseIf(version == null, "case.matter-not-in-force-at-act");
		Responsibility responsible = catalog.responsible(c.matterCode, c.place, f.filedOn());
		ctx.refuseIf(responsible.enforcingBodyId() != c.actingOrgId, "case.body-not-responsible-on-date");
		List<CaseOfficer> assigned = officerCheck.check(c, f.officers(), f.filedOn(), ctx);
		ctx.stopIfRefused("case.filing-refused");
		ctx.record(c.file(f, version.version(), responsible, assigned, ctx.now));
		files.assignOfficers(c.id, assigned);
		clocks.open(c.id, ClockKind.CLUE_VERIFICATION).ifPresent(k -> {
			ctx.flagLateApproval(k);
			clocks.end(k, State.MET, f.filedOn());
		});
		clocks.start(c.id, ClockKind.DECISION, f.filedOn(), ctx.now);
	}

	/** 不予立案 (市监 §20): the case closes with the grounds recorded. */
	private void decline(CaseFile c, DeclineFiling d, ActionContext ctx) {
		ctx.requireNotFuture(d.decidedOn());
		ctx.record(c.declineFiling(d.decidedOn(), d.grounds(), ctx.now));
		clocks.endAll(c.id, State.MET, d.decidedOn());
	}

	/** 核查延期 (市监 §18): once, by the configured extension. */
	private void extendVerification(CaseFile c, Extension e, ActionContext ctx) {
		CaseClock verification = clocks.open(c.id, ClockKind.CLUE_VERIFICATION).orElse(null);
		ctx.refuseIf(verification == null || verification.extendedUnits() > 0, "case.extension-used");
		ctx.stopIfRefused("case.extension-refused");
		clocks.extend(verification, clocks.extension(ClockKind.CLUE_VERIFICATION), ctx.now, ctx.caller.accountId());
		ctx.record(new VerificationExtended(e.reason()));
	}

	/** 询问、检查、抽样: two certified officers present who showed their certificates (处罚法 §42, §55). */
	private void investigate(CaseFile c, Investigation i, ActionContext ctx) {
		ctx.requireNotFuture(i.on());
		ctx.refuseIf(c.discoveredOn != null && i.on().isBefore(c.discoveredOn), "case.investigation-before-discovery");
		ctx.refuseIf(c.filedOn != null && i.on().isBefore(c.filedOn), "case.date-before-filing");
		ctx.refuseIf(!i.certificateShown(), "case.certificate-not-shown");
		officerCheck.check(c, i.officers(), i.on(), ctx);
		ctx.stopIfRefused("case.investigation-refused");
		ctx.record(new InvestigationRecorded(i.kind(), i.on(), i.summary()));
	}
}
