package cn.oneteam.shared;

import java.util.Arrays;
import java.util.Map;

/**
 * A request that breaks a rule of the domain. It carries a stable problem code (which names the message
 * keys {@code problem.<code>.title} and {@code problem.<code>.detail}) and the HTTP status it maps to,
 * so that the platform can render a localised RFC 9457 problem. Modules subclass it.
 */
public class RuleViolation extends RuntimeException {

	public static final int BAD_REQUEST = 400;

	public static final int FORBIDDEN = 403;

	public static final int NOT_FOUND = 404;

	public static final int CONFLICT = 409;

	public static final int CONTENT_TOO_LARGE = 413;

	public static final int UNPROCESSABLE = 422;

	private final int status;

	private final String code;

	private final String[] arguments;

	public RuleViolation(int status, String code, Object... arguments) {
		super(code);
		this.status = status;
		this.code = code;
		this.arguments = Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new);
	}

	public int status() {
		return status;
	}

	public String code() {
		return code;
	}

	/** Further facts for an API problem (say, the row report of a rejected import); none by default. */
	public Map<String, Object> details() {
		return Map.of();
	}

	/** The message arguments, as text. */
	public String[] arguments() {
		return arguments.clone();
	}
}
