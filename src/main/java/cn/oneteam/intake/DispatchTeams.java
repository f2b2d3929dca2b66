package cn.oneteam.intake;

import java.util.List;
import java.util.Optional;

import cn.oneteam.organization.Officers;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Person;
import cn.oneteam.organization.Team;
import cn.oneteam.organization.TeamKind;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * 派往队伍: which of the responsible body's teams (大队, 中队, 派驻执法组) an event goes to. Of the teams only the
 * stationed group carries territory — the one township it is stationed in — so an event in that township goes to it by
 * default; otherwise the dispatcher chooses among the body's teams or leaves the event to the body as a whole.
 */
@Component
class DispatchTeams {

	private final Officers officers;

	DispatchTeams(Officers officers) {
		this.officers = officers;
	}

	/** The body's teams (routing is the system's act: no jurisdiction of a caller applies). */
	List<Team> of(long orgId) {
		return officers.teams(new OrganizationId(orgId), JurisdictionScope.nationwide());
	}

	/** The body's stationed group in the township, if it has one there. */
	Optional<Team> stationedIn(long orgId, DivisionCode township) {
		return of(orgId).stream()
			.filter(t -> t.kind() == TeamKind.STATIONED_GROUP && township.value().equals(t.townshipCode()))
			.findFirst();
	}

	/** A team of the body, or a clear refusal when the dispatcher names another body's team. */
	Team require(long orgId, long teamId) {
		return of(orgId).stream().filter(t -> t.id() == teamId).findFirst()
			.orElseThrow(() -> new IntakeViolation(IntakeViolation.UNPROCESSABLE, "intake.team-elsewhere", teamId));
	}

	Optional<Team> find(@Nullable Long orgId, @Nullable Long teamId) {
		return orgId == null || teamId == null ? Optional.empty()
				: of(orgId).stream().filter(t -> t.id() == teamId).findFirst();
	}

	/** The team of the person who signs in with the account, if any. */
	@Nullable Long teamOf(long accountId) {
		return officers.personOfAccount(accountId).map(Person::teamId).orElse(null);
	}

	/** True when the team is the body's stationed group of the event's own township (the default, explained so). */
	static boolean stationedHere(Team team, IntakeEvent event) {
		return team.kind() == TeamKind.STATIONED_GROUP && event.township().value().equals(team.townshipCode());
	}
}
