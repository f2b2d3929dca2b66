package cn.oneteam.organization;

/** What happened to a certificate; the history is kept, never overwritten. */
public enum CertificateEventKind {

	ISSUED, SUSPENDED, REINSTATED, REVOKED, YEARLY_CHECK_PASSED, YEARLY_CHECK_FAILED;

	/** Whether the holder may enforce after this event (until a later one). */
	boolean leavesValid() {
		return this == ISSUED || this == REINSTATED || this == YEARLY_CHECK_PASSED;
	}
}
