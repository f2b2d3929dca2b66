package cn.oneteam.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The controllers' request mappings, looked up by the first segments of the path. Spring matches a path with a
 * variable ({@code /api/v1/cases/{id}/…}) against every one of the application's ~600 handler methods in turn; the
 * profile of the case bench found 8 % of the application's CPU there (docs/adr/0057-the-scale-path.md). Here a path
 * is matched only against the mappings whose patterns begin with the same {@value #DEPTH} literal segments, and those
 * whose first segments hold a variable or a wildcard. Whatever this index does not settle — a path Spring knows
 * directly, a path with escapes or matrix variables, a CORS preflight, no match, two equally good matches — goes to Spring's own lookup, which answers (or
 * refuses: 404, 405, 415 …) exactly as before.
 */
class IndexedRequestMappings extends RequestMappingHandlerMapping {

	static final int DEPTH = 3;

	private record Mapping(RequestMappingInfo info, HandlerMethod method) {
	}

	private record Index(Set<String> directPaths, Map<String, List<Mapping>> byPrefix, List<Mapping> anyPrefix) {
	}

	private volatile @Nullable Index index;

	@Override
	protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
		super.handlerMethodsInitialized(handlerMethods);
		Set<String> direct = new HashSet<>();
		Map<String, List<Mapping>> byPrefix = new HashMap<>();
		List<Mapping> anyPrefix = new ArrayList<>();
		handlerMethods.forEach((info, method) -> {
			direct.addAll(getDirectPaths(info));
			Mapping mapping = new Mapping(info, method);
			Set<PathPattern> patterns = info.getPathPatternsCondition() == null ? Set.of()
					: info.getPathPatternsCondition().getPatterns();
			Set<String> keys = new HashSet<>();
			for (PathPattern pattern : patterns) {
				String key = literalPrefix(pattern.getPatternString());
				if (key == null) {
					keys = null;
					break;
				}
				keys.add(key);
			}
			if (keys == null || keys.isEmpty()) {
				anyPrefix.add(mapping);
			}
			else {
				keys.forEach(key -> byPrefix.computeIfAbsent(key, k -> new ArrayList<>()).add(mapping));
			}
		});
		index = new Index(Set.copyOf(direct), Map.copyOf(byPrefix), List.copyOf(anyPrefix));
	}

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		Index current = index;
		if (current == null || current.directPaths().contains(lookupPath) || lookupPath.indexOf('%') >= 0
				|| lookupPath.indexOf(';') >= 0 || CorsUtils.isPreFlightRequest(request)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		Comparator<RequestMappingInfo> comparator = getMappingComparator(request);
		Mapping best = null;
		RequestMappingInfo bestMatch = null;
		boolean tied = false;
		for (List<Mapping> candidates : List.of(current.byPrefix().getOrDefault(prefixOfPath(lookupPath), List.of()),
				current.anyPrefix())) {
			for (Mapping candidate : candidates) {
				RequestMappingInfo match = getMatchingMapping(candidate.info(), request);
				if (match == null) {
					continue;
				}
				int order = bestMatch == null ? -1 : comparator.compare(match, bestMatch);
				if (order < 0) {
					best = candidate;
					bestMatch = match;
					tied = false;
				}
				else if (order == 0) {
					tied = true;
				}
			}
		}
		if (best == null || tied) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, best.method());
		handleMatch(bestMatch, lookupPath, request);
		return best.method();
	}

	/** Spring's own lookup over every mapping, for the tests that compare the two. */
	@Nullable HandlerMethod lookupWithoutIndex(String lookupPath, HttpServletRequest request) throws Exception {
		return super.lookupHandlerMethod(lookupPath, request);
	}

	/**
	 * The pattern's first {@value #DEPTH} segments (all of them when it has fewer), or null when one of them is a
	 * variable or a wildcard: a path of fewer segments than that can only match a pattern of as many.
	 */
	static @Nullable String literalPrefix(String pattern) {
		List<String> segments = segments(pattern);
		for (String segment : segments) {
			if (segment.contains("{") || segment.contains("*") || segment.contains("?")) {
				return null;
			}
		}
		return String.join("/", segments);
	}

	static String prefixOfPath(String path) {
		return String.join("/", segments(path));
	}

	private static List<String> segments(String path) {
		List<String> segments = new ArrayList<>(DEPTH);
		for (String segment : path.split("/")) {
			if (!segment.isEmpty()) {
				segments.add(segment);
				if (segments.size() == DEPTH) {
					break;
				}
			}
		}
		return segments;
	}
}
