package cn.oneteam.shared;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An event that belongs in the full-process record (执法全过程记录, 国办发〔2018〕118号): who did what to which subject,
 * when, with which certificates shown, and the facts. Published inside the transaction that changes the subject; the
 * record is written in the same transaction.
 */
public interface RecordedFact {

	String subjectType();

	long subjectId();

	String action();

	long actorAccountId();

	List<String> certificateNumbers();

	OffsetDateTime occurredAt();

	/** The facts of the action, as plain values (text, numbers, dates as ISO text, lists). */
	Map<String, Object> facts();
}
