package cn.oneteam.platform;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import cn.oneteam.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Builds RFC 9457 problems: a stable {@code type} ({@code urn:oneteam:problem:<code>}), a localised title and
 * detail from {@code problem.<code>.title|detail}, the request path as {@code instance} and the code itself.
 */
@Component
public class Problems {

	private static final String TYPE_PREFIX = "urn:oneteam:problem:";

	private final MessageSource messages;

	private final LocaleResolver locales;

	Problems(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String code, Object... arguments) {
		Locale locale = locales.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create(TYPE_PREFIX + code));
		problem.setTitle(messages.getMessage("problem." + code + ".title", null, locale));
		problem.setDetail(messages.getMessage("problem." + code + ".detail", arguments, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("code", code);
		return problem;
	}

	/** The rule violation that caused a framework exception (say, a failed conversion of a path variable). */
	static Optional<RuleViolation> violationBehind(Throwable e) {
		for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof RuleViolation violation) {
				return Optional.of(violation);
			}
		}
		return Optional.empty();
	}

	/**
	 * The field of a JSON body left out or sent as null where the request needs a plain value (a {@code boolean}, an
	 * {@code int} …): Jackson refuses to map null to a primitive and names the path; "collection.requested",
	 * "items[0].done".
	 */
	static Optional<String> missingValueBehind(Throwable e) {
		for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException mismatch && !(mismatch instanceof InvalidFormatException)
					&& mismatch.getTargetType() != null && mismatch.getTargetType().isPrimitive()
					&& String.valueOf(mismatch.getOriginalMessage()).startsWith("Cannot map `null`")
					&& !mismatch.getPath().isEmpty()) {
				return field(mismatch);
			}
		}
		return Optional.empty();
	}

	/** A JSON value that is not one of its enum's names: the field, the value sent and the names allowed. */
	record UnknownValue(String field, String value, String allowed) {
	}

	/**
	 * The field of a JSON body whose text is none of the names its enum allows ("source": "INSPECTIONS"); the
	 * database and the API keep the names, so the answer lists them.
	 */
	static Optional<UnknownValue> unknownValueBehind(Throwable e) {
		for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
					&& invalid.getTargetType().isEnum()) {
				String allowed = String.join(", ", Arrays.stream(invalid.getTargetType().getEnumConstants())
					.map(constant -> ((Enum<?>) constant).name())
					.toList());
				return field(invalid)
					.map(field -> new UnknownValue(field, String.valueOf(invalid.getValue()), allowed));
			}
		}
		return Optional.empty();
	}

	/** The path of the value Jackson could not map: "collection.requested", "items[0].done". */
	private static Optional<String> field(MismatchedInputException mismatch) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : mismatch.getPath()) {
			if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.isEmpty() ? Optional.empty() : Optional.of(field.toString());
	}

	/**
	 * Whether the database refused a value as data (SQLSTATE class 22: too long, out of range, invalid text such as
	 * NUL, bad date) rather than failing; docs/adr/0012-bad-input.md.
	 */
	static boolean isDataException(Throwable e) {
		String state = sqlState(e);
		return state != null && state.startsWith("22");
	}

	static @Nullable String sqlState(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	public String message(HttpServletRequest request, MessageSourceResolvable resolvable) {
		return messages.getMessage(resolvable, locales.resolveLocale(request));
	}
}
