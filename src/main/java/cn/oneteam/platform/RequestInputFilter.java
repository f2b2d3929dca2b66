package cn.oneteam.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request parameters are checked before anything reads them (docs/adr/0012-bad-input.md): a query string must be
 * well-formed percent-encoded UTF-8, and no parameter name or value (query or form) may hold a control character
 * other than tab, CR and LF, nor a lone surrogate. The API answers a 400 problem, pages the localised error page.
 * Runs right after the character-encoding filter, before security (which reads {@code api_key} for Open311).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestInputFilter extends OncePerRequestFilter {

	private final Problems problems;

	private final JsonMapper json;

	RequestInputFilter(Problems problems, JsonMapper json) {
		this.problems = problems;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		BadInput bad = check(request);
		if (bad == null) {
			chain.doFilter(request, response);
		}
		else if (request.getRequestURI().startsWith("/api/")) {
			SecurityConfiguration.write(response,
					problems.problem(request, HttpStatus.BAD_REQUEST, bad.code(), (Object[]) bad.arguments()), json);
		}
		else {
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}
	}

	private static BadInput check(HttpServletRequest request) {
		try {
			String query = request.getQueryString();
			if (query != null) {
				for (String pair : query.split("&", -1)) {
					int equals = pair.indexOf('=');
					String name = decode(equals < 0 ? pair : pair.substring(0, equals));
					BadInput.checkText("parameter", name);
					BadInput.checkText(name, decode(equals < 0 ? "" : pair.substring(equals + 1)));
				}
			}
			String contentType = request.getContentType();
			if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
				return null; // parts are parsed where they are read; their text goes through the same checks there
			}
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				BadInput.checkText("parameter", parameter.getKey());
				for (String value : parameter.getValue()) {
					if (value != null) { // a bare name ("?error") has no value in some containers
						BadInput.checkText(parameter.getKey(), value);
					}
				}
			}
			return null;
		}
		catch (BadInput e) {
			return e;
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			// the container could not parse the parameters (a malformed form body)
			return new BadInput("request.encoding-invalid");
		}
	}

	/** Strict {@code application/x-www-form-urlencoded} decoding: a stray {@code %} or bad UTF-8 is refused. */
	static String decode(String text) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%') {
				if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
						|| Character.digit(text.charAt(i + 2), 16) < 0) {
					throw new BadInput("request.encoding-invalid");
				}
				bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
				i += 2;
			}
			else if (c == '+') {
				bytes.write(' ');
			}
			else if (c > 0xff) {
				bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
			else {
				bytes.write(c);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new BadInput("request.encoding-invalid");
		}
	}
}
