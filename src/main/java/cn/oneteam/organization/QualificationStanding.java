package cn.oneteam.organization;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A body's qualification on a day (docs/adr/0037-enforcement-bodies-qualification.md): never confirmed up to that day
 * ({@code UNCONFIRMED}: not refused, shown as 未确认), covered by a confirmation ({@code CONFIRMED}), or confirmed
 * before and covered no more — ended without renewal or revoked ({@code LAPSED}, with the last day it was covered).
 */
public record QualificationStanding(State state, @Nullable BodyQualification covering, @Nullable LocalDate endedOn) {

	public enum State {
		UNCONFIRMED, CONFIRMED, LAPSED
	}

	/** Enforcement actions by the body on the day are refused. */
	public boolean lapsed() {
		return state == State.LAPSED;
	}
}
