/**
 * The events of case handling other modules listen to, past tense, published through the event publication registry
 * (docs/adr/0014-typed-events.md): a named interface, so that a module that only listens depends on these alone.
 */
@org.springframework.modulith.NamedInterface("events")
@org.jspecify.annotations.NullMarked
package cn.oneteam.casehandling.events;
