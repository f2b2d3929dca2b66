package cn.oneteam.casehandling;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.casehandling.CaseClock.State;

/**
 * 重新告知: a new notice served for a proposal the last one does not cover (docs/adr/0015-decision-and-prior-notice.md).
 * The party's rights start again from the new notice: a waiver or a hearing of the old one does not answer the new
 * proposal, and the periods the old notice opened are cancelled (the caller opens the new ones).
 */
final class NewNotice {

	private NewNotice() {
	}

	static void restartRights(CaseFile c, Clocks clocks, LocalDate servedOn) {
		c.partyWaived = false;
		c.hearingRequested = false;
		c.hearingHeld = false;
		c.hearingOn = null;
		for (ClockKind period : List.of(ClockKind.NOTICE_RESPONSE, ClockKind.HEARING_REQUEST)) {
			clocks.open(c.id, period).ifPresent(k -> clocks.end(k, State.CANCELLED, servedOn));
		}
	}
}
