package bench.flowable;

/** A request refused by a rule: the HTTP status and the rule's code; the transaction rolls back, nothing changed. */
final class Refused extends RuntimeException {

	final int status;

	Refused(int status, String code) {
		super(code, null, false, false);
		this.status = status;
	}
}
