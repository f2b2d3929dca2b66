package cn.oneteam.documents;

import java.util.List;

/**
 * The facts of the case action a document type states, which its template may name as {@code ${action.<fact>}}: the
 * components of the event the action records. The module that records the actions provides it (casehandling's
 * {@code DocumentActions}); this module cannot know the actions, as that module depends on this one
 * (docs/adr/0016-case-aggregate.md).
 */
public interface ActionFacts {

	/** The fact names the type's template may name; empty for a type that states no action. */
	List<String> of(DocumentType type);
}
