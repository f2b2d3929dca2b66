package cn.oneteam.supervision.alert;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alert board's API as the 海西州司法局 supervisor uses it, for the tests of each pattern in the modules that own
 * the records (docs/adr/0036-supervisors-alert-board.md): set a threshold, find a body's alert, list its records, and
 * put the thresholds back as they were.
 */
public final class AlertBoardClient {

	private final MockMvc mvc;

	private final JsonMapper json;

	private final RequestPostProcessor supervisor;

	private final Map<String, JsonNode> original = new LinkedHashMap<>();

	public AlertBoardClient(MockMvc mvc, JsonMapper json, RequestPostProcessor supervisor) {
		this.mvc = mvc;
		this.json = json;
		this.supervisor = supervisor;
	}

	public JsonNode body(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	public ResultActions putThreshold(String pattern, String threshold, int minSample, boolean enabled)
			throws Exception {
		if (!original.containsKey(pattern)) {
			for (JsonNode t : body(mvc.perform(get("/api/v1/supervision/alerts/thresholds").with(supervisor)))) {
				original.putIfAbsent(t.get("code").asString(), t);
			}
		}
		return mvc.perform(put("/api/v1/supervision/alerts/thresholds/{code}", pattern).with(supervisor).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"threshold\":" + threshold + ",\"minSample\":" + minSample + ",\"enabled\":" + enabled + "}"));
	}

	/** Sets a threshold that must be accepted. */
	public void threshold(String pattern, String threshold, int minSample) throws Exception {
		putThreshold(pattern, threshold, minSample, true).andExpect(status().isOk());
	}

	/** The body's alert of the pattern on the board now, if it stands. */
	public Optional<JsonNode> alert(String pattern, long bodyId) throws Exception {
		JsonNode board = body(mvc.perform(get("/api/v1/supervision/alerts").with(supervisor))
			.andExpect(status().isOk()));
		for (JsonNode a : board.get("alerts")) {
			if (a.get("pattern").asString().equals(pattern) && a.get("bodyId").asLong() == bodyId) {
				return Optional.of(a);
			}
		}
		return Optional.empty();
	}

	/** The drill-down of the body's figure. */
	public JsonNode drillDown(String pattern, long bodyId) throws Exception {
		return body(mvc.perform(get("/api/v1/supervision/alerts/{p}/{b}", pattern, bodyId).with(supervisor))
			.andExpect(status().isOk()));
	}

	/** The ids of the records behind the body's figure. */
	public List<Long> records(String pattern, long bodyId) throws Exception {
		return drillDown(pattern, bodyId).get("records").valueStream().map(r -> r.get("id").asLong()).toList();
	}

	/** Puts back every threshold this client changed. */
	public void restore() throws Exception {
		for (JsonNode t : original.values()) {
			mvc.perform(put("/api/v1/supervision/alerts/thresholds/{code}", t.get("code").asString()).with(supervisor)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"threshold\":" + t.get("threshold") + ",\"minSample\":" + t.get("minSample")
						+ ",\"enabled\":" + t.get("enabled") + "}"))
				.andExpect(status().isOk());
		}
		original.clear();
	}
}
