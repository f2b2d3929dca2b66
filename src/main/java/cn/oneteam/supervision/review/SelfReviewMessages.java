package cn.oneteam.supervision.review;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A reason's argument that is itself a message (a period's or an action's name), resolved in the reader's language. */
final class SelfReviewMessages {

	private SelfReviewMessages() {
	}

	static MessageSourceResolvable code(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}
}
