package cn.oneteam.whistle;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.DivisionCode;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A whistle with each summoned department's progress, clocks, alerts and rating. */
public record WhistleDetail(long id, DivisionCode township, String townshipName, long raisedByOrganizationId,
		String raisedBy, WhistleType type, ResponseRequirement requirement, String need, DivisionCode place, String placeName, String address,
		@Nullable Long eventId, @Nullable String eventTitle, State state, int reopenCount, OffsetDateTime raisedAt,
		@Nullable OffsetDateTime closedAt, List<Responder> responders) {

	public enum State {
		/** 办理中. */
		OPEN,
		/** 已办结: confirmed by the township. */
		CLOSED
	}

	/** Every department has reported its result: the township may confirm or reopen. */
	@JsonProperty
	public boolean awaitingConfirmation() {
		return state == State.OPEN && responders.stream().allMatch(r -> r.state() == Responder.State.REPORTED);
	}

	/** One summoned department. */
	public record Responder(long departmentId, String department, ResponderKind kind, State state,
			List<ResponseClock> clocks, @Nullable String arrivalPlace, @Nullable BigDecimal latitude,
			@Nullable BigDecimal longitude, @Nullable String result, int urgeCount, List<ResponseClock.Kind> alerts,
			@Nullable Rated rating) {

		public enum State {
			/** 已吹哨: waiting for the acknowledgement. */
			SUMMONED,
			/** 已报到. */
			ACKNOWLEDGED,
			/** 已到场. */
			ARRIVED,
			/** 已反馈结果. */
			REPORTED
		}
	}

	/** The township's rating of one department's response. */
	public record Rated(Map<String, Integer> scores, BigDecimal score, @Nullable String comment, OffsetDateTime ratedAt) {
	}
}
