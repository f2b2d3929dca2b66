package cn.oneteam.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.oneteam.casehandling.Cases;
import cn.oneteam.casehandling.OnTheSpotDecision;
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
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Two on-the-spot decisions by 德令哈's demo officers, so that the case list and the record have something to show. */
@Component
@Profile("demo")
@Order(33)
class DemoCases implements ApplicationRunner {

	private final Cases cases;

	private final Accounts accounts;

	private final Officers officers;

	private final Organizations organizations;

	DemoCases(Cases cases, Accounts accounts, Officers officers, Organizations organizations) {
		this.cases = cases;
		this.accounts = accounts;
		this.officers = officers;
		this.organizations = organizations;
	}

	@Override
	public void run(ApplicationArguments args) {
		Organization bureau = organizations.findByCode("632802-zhzf").orElseThrow();
		if (!cases.inScope(bureau.jurisdiction()).isEmpty()) {
			return;
		}
		long account = accounts.idOf("dlh.officer1").orElseThrow();
		ScopedPrincipal officer = new DemoOfficer(account, bureau.id().value(), bureau.jurisdiction());
		List<PersonId> pair = List.of(person("dlh.officer1"), person("dlh.officer2"));
		SystemActor.call(() -> {
			cases.decideOnTheSpot(new OnTheSpotDecision("HX-CG-009", DivisionCode.of("632802003"), LocalDate.of(2026, 9, 30),
					PartyKind.ORGANISATION, "（演示）德令哈市某烧烤店", "在当地人民政府禁止的时段露天烧烤食品",
					Set.of(PenaltyKind.FINE), new BigDecimal("2000"), "（演示）德综执简〔2026〕1号", pair, true, null), officer);
			cases.decideOnTheSpot(new OnTheSpotDecision("HX-CG-010", DivisionCode.of("632802200"), LocalDate.of(2026, 10, 10),
					PartyKind.ORGANISATION, "（演示）德令哈市某物业公司", "在人口集中地区露天焚烧落叶", Set.of(PenaltyKind.FINE),
					new BigDecimal("1000"),
					"（演示）德综执简〔2026〕2号", pair, true, null), officer);
			return null;
		});
	}

	private PersonId person(String username) {
		return officers.personOfAccount(accounts.idOf(username).orElseThrow()).orElseThrow().id();
	}

	private record DemoOfficer(long accountId, long organizationId, JurisdictionScope jurisdiction)
			implements ScopedPrincipal {

		@Override
		public String username() {
			return "dlh.officer1";
		}
	}
}
