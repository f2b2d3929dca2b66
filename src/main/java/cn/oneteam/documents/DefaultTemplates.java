package cn.oneteam.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national default layout of every document type, shipped with the release in
 * {@code documents/default-templates.json}; {@link DocumentTemplates} checks each against the fields its type offers
 * when it installs them.
 */
final class DefaultTemplates {

	static final String RESOURCE = "/documents/default-templates.json";

	private static final Map<DocumentType, DocumentLayout> LAYOUTS = load();

	private DefaultTemplates() {
	}

	static DocumentLayout layout(DocumentType type) {
		return LAYOUTS.get(type);
	}

	private static Map<DocumentType, DocumentLayout> load() {
		try (InputStream in = DefaultTemplates.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " missing");
			}
			JsonNode all = JsonMapper.shared().readTree(in);
			Map<DocumentType, DocumentLayout> layouts = new EnumMap<>(DocumentType.class);
			for (DocumentType type : DocumentType.values()) {
				JsonNode node = all.get(type.name());
				if (node == null) {
					throw new IllegalStateException(RESOURCE + " has no template for " + type);
				}
				layouts.put(type, DocumentLayout.parse(node.toString()));
			}
			return layouts;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
