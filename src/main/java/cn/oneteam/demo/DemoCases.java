package cn.oneteam.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.oneteam.casehandling.Cases;
import cn.oneteam.casehandling.OnTheSpotCollection;
import cn.oneteam.casehandling.OnTheSpotDecision;
import cn.oneteam.documents.FormBlocks;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.PersonId;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On-the-spot decisions by 德令哈's demo officers, so that the case list and the record have something to show; and
 * 格尔木's pre-numbered forms with a fine collected on the spot.
 */
@Component
@Profile("demo")
@Order(33)
class DemoCases implements DemoStep {

	private final Cases cases;

	private final Accounts accounts;

	private final Officers officers;

	private final Organizations organizations;

	private final FormBlocks forms;

	private final Clock clock;

	/** The parties from the register (docs/adr/0023-case-party-from-register.md). */
	private final DemoParties parties;

	DemoCases(Cases cases, Accounts accounts, Officers officers, Organizations organizations, FormBlocks forms,
			Clock clock, DemoParties parties) {
		this.parties = parties;
		this.cases = cases;
		this.forms = forms;
		this.clock = clock;
		this.accounts = accounts;
		this.officers = officers;
		this.organizations = organizations;
	}

	@Override
	public void run(ApplicationArguments args) {
		delingha();
		golmud();
	}

	/**
	 * 格尔木 keeps pre-numbered forms: a block of 50 issued to grm.officer1, one form spoiled and voided, and a fine of
	 * 100 yuan collected on the spot today, its hand-over to the bureau due in 2 working days (处罚法 §68, §71).
	 */
	private void golmud() {
		Organization bureau = organizations.findByCode("632801-zhzf").orElseThrow();
		if (forms.tracks(bureau.id().value())) {
			return;
		}
		ScopedPrincipal head = new DemoOfficer("grm.head", accounts.idOf("grm.head").orElseThrow(), bureau.id().value(),
				bureau.jurisdiction());
		ScopedPrincipal officer = new DemoOfficer("grm.officer1", accounts.idOf("grm.officer1").orElseThrow(),
				bureau.id().value(), bureau.jurisdiction());
		SystemActor.call(() -> {
			forms.issue("格综执简", 1, 50, person("grm.officer1").value(), head);
			forms.voidNumber("格综执简2", "（演示）填写错误，作废", officer);
			cases.decideOnTheSpot(new OnTheSpotDecision("HX-CG-018", DivisionCode.of("632801005"), LocalDate.now(clock),
					PartyKind.ORGANISATION, "（演示）格尔木市某商贸有限公司", "擅自占用城市道路堆放货物", Set.of(PenaltyKind.FINE),
					new BigDecimal("100"), "格综执简1", List.of(person("grm.officer1"), person("grm.officer2")), true,
					new OnTheSpotCollection(OnTheSpotCollection.Ground.SMALL_FINE, "（演示）青财罚票0000001", false),
					parties.subjectOf(PartyKind.ORGANISATION, "（演示）格尔木市某商贸有限公司", "632801005", officer)), officer);
			return null;
		});
	}

	private void delingha() {
		Organization bureau = organizations.findByCode("632802-zhzf").orElseThrow();
		if (!SystemActor.call(() -> cases.inScope(bureau.jurisdiction())).isEmpty()) {
			return;
		}
		long account = accounts.idOf("dlh.officer1").orElseThrow();
		ScopedPrincipal officer = new DemoOfficer("dlh.officer1", account, bureau.id().value(), bureau.jurisdiction());
		List<PersonId> pair = List.of(person("dlh.officer1"), person("dlh.officer2"));
		SystemActor.call(() -> {
			cases.decideOnTheSpot(new OnTheSpotDecision("HX-CG-009", DivisionCode.of("632802003"), LocalDate.of(2026, 9, 30),
					PartyKind.ORGANISATION, "（演示）德令哈市某烧烤店", "在当地人民政府禁止的时段露天烧烤食品",
					Set.of(PenaltyKind.FINE), new BigDecimal("2000"), "（演示）德综执简〔2026〕1号", pair, true, null,
					parties.subjectOf(PartyKind.ORGANISATION, "（演示）德令哈市某烧烤店", "632802003", officer)), officer);
			cases.decideOnTheSpot(new OnTheSpotDecision("HX-CG-010", DivisionCode.of("632802200"), LocalDate.of(2026, 10, 10),
					PartyKind.ORGANISATION, "（演示）德令哈市某物业公司", "在人口集中地区露天焚烧落叶", Set.of(PenaltyKind.FINE),
					new BigDecimal("1000"),
					"（演示）德综执简〔2026〕2号", pair, true, null,
					parties.subjectOf(PartyKind.ORGANISATION, "（演示）德令哈市某物业公司", "632802200", officer)), officer);
			return null;
		});
	}

	private PersonId person(String username) {
		return officers.personOfAccount(accounts.idOf(username).orElseThrow()).orElseThrow().id();
	}

	private record DemoOfficer(String username, long accountId, long organizationId, JurisdictionScope jurisdiction)
			implements ScopedPrincipal {
	}
}
