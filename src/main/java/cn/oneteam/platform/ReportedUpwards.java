package cn.oneteam.platform;

import java.util.UUID;

import cn.oneteam.shared.DivisionCode;

/**
 * A typed event that leaves the installation: a county's platform reports it to its province, a province's to the
 * nation (docs/adr/0056-reporting-upwards-through-kafka.md). When externalisation is on, {@link UpwardReporting} sends
 * every such event, as it is stored in the outbox, to Kafka; when it is off (the default) it is an ordinary event.
 * Only what is already public goes up: an implementation carries no unmasked personal data.
 */
public interface ReportedUpwards {

	/**
	 * The event's own identity, made when the event is and kept by the outbox, so that a record sent again (the outbox
	 * delivers at least once) carries the same id: receivers drop an id they have seen.
	 */
	UUID eventId();

	/** Where it happened: the record's key, so that a receiver's partitions, and their order, follow the place. */
	DivisionCode place();

	/** The topic's name below {@code oneteam.upward.topic-prefix}: {@code decisions}, {@code statistics}. */
	String topic();
}
