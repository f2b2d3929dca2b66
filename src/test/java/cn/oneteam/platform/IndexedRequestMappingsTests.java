package cn.oneteam.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.oneteam.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexed lookup of request mappings answers every mapped path of the application exactly as Spring's lookup over
 * every mapping does: the same handler method, the same path variables, the same refusal
 * (docs/adr/0057-the-scale-path.md).
 */
class IndexedRequestMappingsTests extends IntegrationTest {

	@Autowired
	private RequestMappingHandlerMapping requestMappingHandlerMapping;

	@Test
	void everyMappedPathFindsWhatSpringsOwnLookupFinds() throws Exception {
		assertThat(requestMappingHandlerMapping).isInstanceOf(IndexedRequestMappings.class);
		IndexedRequestMappings mappings = (IndexedRequestMappings) requestMappingHandlerMapping;
		List<String> checked = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			List<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("GET")
					: info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
			for (PathPattern pattern : Objects.requireNonNull(info.getPathPatternsCondition()).getPatterns()) {
				for (String method : methods) {
					for (String path : List.of(example(pattern.getPatternString(), "7"),
							example(pattern.getPatternString(), "abc") + "/x")) {
						assertThat(outcome(mappings, method, path, true)).as("%s %s", method, path)
							.isEqualTo(outcome(mappings, method, path, false));
						checked.add(method + " " + path);
					}
				}
			}
		}
		assertThat(checked).as("the application's mapped paths").hasSizeGreaterThan(1_000);
		assertThat(outcome(mappings, "GET", "/api/v1/no-such-thing/1", true))
			.isEqualTo(outcome(mappings, "GET", "/api/v1/no-such-thing/1", false));
	}

	@Test
	void aPatternIsKeyedByItsFirstLiteralSegments() {
		assertThat(IndexedRequestMappings.literalPrefix("/api/v1/cases/{id}/file")).isEqualTo("api/v1/cases");
		assertThat(IndexedRequestMappings.literalPrefix("/cases/{id}")).isNull();
		assertThat(IndexedRequestMappings.literalPrefix("/public/**")).isNull();
		assertThat(IndexedRequestMappings.literalPrefix("/me/tokens")).isEqualTo("me/tokens");
		assertThat(IndexedRequestMappings.prefixOfPath("/api/v1/cases/12/file")).isEqualTo("api/v1/cases");
		assertThat(IndexedRequestMappings.prefixOfPath("/me/tokens")).isEqualTo("me/tokens");
	}

	/** A path the pattern matches: each variable given the value, a wildcard one segment. */
	private static String example(String pattern, String value) {
		return pattern.replaceAll("\\{\\*[^}]*}", value + "/" + value).replaceAll("\\{[^}]*}", value)
			.replace("**", value).replace("*", value);
	}

	/** The handler method and path variables found, or the refusal's class. */
	private static String outcome(IndexedRequestMappings mappings, String method, String path, boolean indexed) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if (!method.equals("GET")) {
			request.setContentType("application/json");
		}
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerMethod found = indexed ? mappings.lookupHandlerMethod(path, request)
					: mappings.lookupWithoutIndex(path, request);
			return (found == null ? "none" : found.getMethod().toString()) + " "
					+ request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		}
		catch (Exception refused) {
			return refused.getClass().getName();
		}
	}
}
