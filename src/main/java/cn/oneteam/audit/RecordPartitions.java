package cn.oneteam.audit;

/**
 * SPI: the chain a new subject's record starts in, from the account acting (docs/adr/0053-record-chains-per-partition.md):
 * the province of the account's jurisdiction (the first two digits of its divisions' codes), {@link #NATIONAL} for the
 * system, accounts unknown and accounts whose jurisdiction is national or spans provinces. Implemented where accounts
 * live; the answer may be cached, as it only decides where a subject's first entry goes.
 */
public interface RecordPartitions {

	/** The chain of the system's actions and of national accounts. */
	String NATIONAL = "00";

	String chainOf(long actorAccountId);
}
