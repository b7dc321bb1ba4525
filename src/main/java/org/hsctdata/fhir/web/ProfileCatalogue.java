package org.hsctdata.fhir.web;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.SearchParameter;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.r4.model.ValueSet;
import org.hsctdata.fhir.conformance.ImplementationGuide;

/**
 * Everything the profile documentation shows, read from the FHIR package the server loaded and from the example
 * bundles it serves: every artifact with its canonical URL, description and key constraints, and the example entries
 * that use it. Nothing here is written by hand; {@link ProfilePage} renders it.
 *
 * @param packageId   the package as {@code name#version}
 * @param canonical   the canonical base of the package
 * @param description the package's own description
 * @param sections    the artifacts by kind: profiles, extensions, value sets, code systems, other
 */
record ProfileCatalogue(String packageId, String canonical, String description, List<Section> sections) {

	/**
	 * Artifacts of one kind.
	 *
	 * @param title     e.g. {@code Profiles}
	 * @param anchor    the HTML id of the section
	 * @param artifacts ordered by title
	 */
	record Section(String title, String anchor, List<Artifact> artifacts) {}

	/**
	 * One conformance resource of the package. Lists that do not apply to its kind are empty.
	 *
	 * @param resourceType StructureDefinition, ValueSet, CodeSystem ...
	 * @param id           the resource id
	 * @param title        its title, or name when it has none
	 * @param url          its canonical URL
	 * @param version      its version
	 * @param description  its description (Markdown, shown as text)
	 * @param type         for a StructureDefinition, the type it constrains
	 * @param parent       for a StructureDefinition, the canonical of its base definition
	 * @param contexts     for an extension, where it may be used
	 * @param elements     for a StructureDefinition, the rows of its differential
	 * @param invariants   for a StructureDefinition, the constraints its differential adds
	 * @param includes     for a ValueSet, what it includes
	 * @param concepts     for a CodeSystem, its concepts
	 * @param boundBy      for a ValueSet, the elements of our StructureDefinitions bound to it
	 * @param examples     the example entries that use it
	 */
	record Artifact(
			String resourceType,
			String id,
			String title,
			String url,
			String version,
			String description,
			String type,
			String parent,
			List<String> contexts,
			List<ElementRow> elements,
			List<Invariant> invariants,
			List<Inclusion> includes,
			List<Concept> concepts,
			List<BindingUse> boundBy,
			List<ExampleUse> examples) {

		/** The HTML id of the artifact on the page, e.g. {@code StructureDefinition-mrd-observation}. */
		String anchor() {
			return resourceType + "-" + id;
		}

		/** Where the server serves its definition as FHIR JSON. */
		String fhirHref() {
			return "/fhir/" + resourceType + "?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8);
		}
	}

	/**
	 * One row of a differential table.
	 *
	 * @param path           the element id, with slice names ({@code Observation.component:phase.code})
	 * @param min            minimum cardinality
	 * @param max            maximum cardinality
	 * @param cardinalityInherited true when the differential leaves the cardinality as the base has it
	 * @param types          the allowed types, with their profiles and target profiles
	 * @param binding        the value-set binding, or null
	 * @param value          a fixed or pattern value in short form, or null
	 * @param mustSupport    whether the element is must-support
	 * @param summary        the element's short description
	 */
	record ElementRow(
			String path,
			int min,
			String max,
			boolean cardinalityInherited,
			List<TypeRef> types,
			Binding binding,
			String value,
			boolean mustSupport,
			String summary) {}

	/**
	 * A type of an element.
	 *
	 * @param code           the type code ({@code Reference}, {@code Quantity} ...)
	 * @param profiles       canonical URLs the value must conform to (for extensions: the extension definition)
	 * @param targetProfiles canonical URLs a reference may point to
	 */
	record TypeRef(String code, List<String> profiles, List<String> targetProfiles) {}

	/**
	 * A value-set binding.
	 *
	 * @param strength required, extensible, preferred or example
	 * @param valueSet the canonical URL of the value set (without version)
	 */
	record Binding(String strength, String valueSet) {}

	/**
	 * A constraint of a StructureDefinition.
	 *
	 * @param key        e.g. {@code ball-hsct-1}
	 * @param severity   error or warning
	 * @param human      what it requires, in words
	 * @param expression the FHIRPath expression
	 */
	record Invariant(String key, String severity, String human, String expression) {}

	/**
	 * What a ValueSet includes from one code system.
	 *
	 * @param system    the code system URL
	 * @param concepts  the codes listed, empty when the whole system is included
	 * @param filters   filters in {@code property op value} form
	 * @param valueSets value sets imported
	 */
	record Inclusion(String system, List<Concept> concepts, List<String> filters, List<String> valueSets) {

		/** True when membership can be decided without a terminology server: codes listed or a whole system. */
		boolean enumerable() {
			return filters.isEmpty() && valueSets.isEmpty() && system != null;
		}
	}

	/**
	 * A code with its display and definition (definition empty when none is given).
	 */
	record Concept(String code, String display, String definition) {}

	/**
	 * An element of one of our StructureDefinitions that is bound to a value set.
	 *
	 * @param artifactUrl the StructureDefinition's canonical
	 * @param path        the element id
	 * @param strength    the binding strength
	 */
	record BindingUse(String artifactUrl, String path, String strength) {}

	/**
	 * An example entry that uses an artifact.
	 *
	 * @param bundle       the example bundle's name
	 * @param resourceType the entry's resource type
	 * @param label        the entry's business identifier (or its fullUrl)
	 * @param href         where the entry's JSON is served
	 * @param serverHref   the search that finds the entry on this server once the example is loaded, or null
	 */
	record ExampleUse(String bundle, String resourceType, String label, String href, String serverHref) {}

	static final String PROFILES = "Profiles";

	static final String EXTENSIONS = "Extensions";

	static final String VALUE_SETS = "Value sets";

	static final String CODE_SYSTEMS = "Code systems";

	static final String SEARCH_PARAMETERS = "Search parameters";

	static final String OTHER = "Other artifacts";

	/** Reads the catalogue from the package and the example bundles. */
	static ProfileCatalogue of(ImplementationGuide guide, FhirContext fhirContext, ExampleCases examples) {
		List<MetadataResource> artifacts = guide.resources(fhirContext).stream()
				.map(MetadataResource.class::cast)
				.sorted(Comparator.comparing(ProfileCatalogue::titleOf, String.CASE_INSENSITIVE_ORDER))
				.toList();
		List<EntryFacts> entries = EntryFacts.of(examples);
		Map<String, List<BindingUse>> bindings = bindingsByValueSet(artifacts);

		Map<String, List<Artifact>> sections = new LinkedHashMap<>();
		for (String section : List.of(PROFILES, EXTENSIONS, VALUE_SETS, CODE_SYSTEMS, SEARCH_PARAMETERS, OTHER)) {
			sections.put(section, new ArrayList<>());
		}
		for (MetadataResource artifact : artifacts) {
			Artifact described = describe(artifact, entries, bindings);
			sections.get(sectionOf(artifact)).add(described);
		}
		List<Section> result = sections.entrySet().stream()
				.filter(section -> !section.getValue().isEmpty())
				.map(section -> new Section(
						section.getKey(),
						section.getKey().toLowerCase().replace(' ', '-'),
						List.copyOf(section.getValue())))
				.toList();
		return new ProfileCatalogue(
				guide.id(), guide.canonical(), guide.npmPackage().description(), result);
	}

	/** Every artifact of every section. */
	List<Artifact> artifacts() {
		return sections.stream()
				.flatMap(section -> section.artifacts().stream())
				.toList();
	}

	private static String sectionOf(MetadataResource artifact) {
		if (artifact instanceof StructureDefinition sd) {
			if ("Extension".equals(sd.getType()) && sd.getDerivation() == TypeDerivationRule.CONSTRAINT) {
				return EXTENSIONS;
			}
			if (sd.getKind() == StructureDefinitionKind.RESOURCE
					&& sd.getDerivation() == TypeDerivationRule.CONSTRAINT) {
				return PROFILES;
			}
			return OTHER;
		}
		if (artifact instanceof ValueSet) {
			return VALUE_SETS;
		}
		if (artifact instanceof CodeSystem) {
			return CODE_SYSTEMS;
		}
		if (artifact instanceof SearchParameter) {
			return SEARCH_PARAMETERS;
		}
		return OTHER;
	}

	private static Artifact describe(
			MetadataResource artifact, List<EntryFacts> entries, Map<String, List<BindingUse>> bindings) {
		String type = null;
		String parent = null;
		List<String> contexts = List.of();
		List<ElementRow> elements = List.of();
		List<Invariant> invariants = List.of();
		List<Inclusion> includes = List.of();
		List<Concept> concepts = List.of();
		List<BindingUse> boundBy = List.of();
		List<ExampleUse> examples;
		if (artifact instanceof StructureDefinition sd) {
			type = sd.getType();
			parent = sd.getBaseDefinition();
			contexts = sd.getContext().stream()
					.map(context -> context.getType().toCode() + ": " + context.getExpression())
					.toList();
			elements = differential(sd);
			invariants = invariants(sd);
			examples = uses(
					entries,
					entry -> "Extension".equals(sd.getType())
							? entry.extensions().contains(sd.getUrl())
							: entry.profiles().contains(sd.getUrl()));
		} else if (artifact instanceof ValueSet vs) {
			includes = inclusions(vs);
			boundBy = bindings.getOrDefault(vs.getUrl(), List.of());
			List<Inclusion> members = includes;
			examples = uses(entries, entry -> entry.codes().stream().anyMatch(code -> isMember(members, code)));
		} else if (artifact instanceof CodeSystem cs) {
			concepts = concepts(cs.getConcept());
			examples = uses(
					entries,
					entry -> entry.codes().stream()
							.anyMatch(code -> code.system().equals(cs.getUrl())));
		} else {
			examples = List.of();
		}
		return new Artifact(
				artifact.fhirType(),
				artifact.getIdElement().getIdPart(),
				titleOf(artifact),
				artifact.getUrl(),
				artifact.getVersion(),
				artifact.getDescription(),
				type,
				parent,
				contexts,
				elements,
				invariants,
				includes,
				concepts,
				boundBy,
				examples);
	}

	private static String titleOf(MetadataResource artifact) {
		return artifact.hasTitle() ? artifact.getTitle() : artifact.getName();
	}

	// --- StructureDefinitions ------------------------------------------------------------------------------------

	private static List<ElementRow> differential(StructureDefinition sd) {
		Map<String, ElementDefinition> snapshot = new LinkedHashMap<>();
		sd.getSnapshot().getElement().forEach(element -> snapshot.put(element.getId(), element));
		List<ElementRow> rows = new ArrayList<>();
		for (ElementDefinition element : sd.getDifferential().getElement()) {
			ElementDefinition effective = snapshot.getOrDefault(element.getId(), element);
			boolean inherited = !element.hasMin() && !element.hasMax();
			rows.add(new ElementRow(
					element.getId(),
					inherited ? effective.getMin() : element.hasMin() ? element.getMin() : effective.getMin(),
					inherited ? effective.getMax() : element.hasMax() ? element.getMax() : effective.getMax(),
					inherited,
					element.getType().stream()
							.map(type -> new TypeRef(
									type.getCode(),
									type.getProfile().stream()
											.map(PrimitiveType::getValue)
											.toList(),
									type.getTargetProfile().stream()
											.map(PrimitiveType::getValue)
											.toList()))
							.toList(),
					element.hasBinding() && element.getBinding().hasValueSet()
							? new Binding(
									element.getBinding().getStrength().toCode(),
									withoutVersion(element.getBinding().getValueSet()))
							: null,
					element.hasFixed()
							? valueText(element.getFixed())
							: element.hasPattern() ? valueText(element.getPattern()) : null,
					element.hasMustSupport() && element.getMustSupport(),
					element.getShort()));
		}
		return List.copyOf(rows);
	}

	private static List<Invariant> invariants(StructureDefinition sd) {
		Map<String, Invariant> byKey = new LinkedHashMap<>();
		for (ElementDefinition element : sd.getDifferential().getElement()) {
			for (ElementDefinition.ElementDefinitionConstraintComponent constraint : element.getConstraint()) {
				byKey.putIfAbsent(
						constraint.getKey(),
						new Invariant(
								constraint.getKey(),
								constraint.hasSeverity()
										? constraint.getSeverity().toCode()
										: "",
								constraint.getHuman(),
								constraint.getExpression()));
			}
		}
		return List.copyOf(byKey.values());
	}

	private static Map<String, List<BindingUse>> bindingsByValueSet(List<MetadataResource> artifacts) {
		Map<String, List<BindingUse>> bindings = new LinkedHashMap<>();
		for (MetadataResource artifact : artifacts) {
			if (!(artifact instanceof StructureDefinition sd)) {
				continue;
			}
			for (ElementDefinition element : sd.getDifferential().getElement()) {
				if (element.hasBinding() && element.getBinding().hasValueSet()) {
					bindings.computeIfAbsent(
									withoutVersion(element.getBinding().getValueSet()), url -> new ArrayList<>())
							.add(new BindingUse(
									sd.getUrl(),
									element.getId(),
									element.getBinding().getStrength().toCode()));
				}
			}
		}
		return bindings;
	}

	/** A fixed or pattern value in one line: codes as {@code system#code "display"}, quantities with their unit. */
	static String valueText(Type value) {
		if (value instanceof Coding coding) {
			return codingText(coding);
		}
		if (value instanceof CodeableConcept concept) {
			String codings = concept.getCoding().stream()
					.map(ProfileCatalogue::codingText)
					.collect(Collectors.joining(", "));
			return concept.hasText()
					? (codings.isEmpty() ? "" : codings + " ") + "\"" + concept.getText() + "\""
					: codings;
		}
		if (value instanceof Quantity quantity) {
			String number = quantity.hasValue() ? quantity.getValue().toPlainString() + " " : "";
			String unit = quantity.hasCode() ? quantity.getCode() : quantity.getUnit();
			return (number + (unit == null ? "" : unit)).trim()
					+ (quantity.hasSystem() ? " (" + quantity.getSystem() + ")" : "");
		}
		if (value instanceof PrimitiveType<?> primitive) {
			return primitive.getValueAsString();
		}
		return "(" + value.fhirType() + ")";
	}

	private static String codingText(Coding coding) {
		String code = (coding.hasSystem() ? coding.getSystem() : "") + "#" + (coding.hasCode() ? coding.getCode() : "");
		return coding.hasDisplay() ? code + " \"" + coding.getDisplay() + "\"" : code;
	}

	private static String withoutVersion(String canonical) {
		int bar = canonical.indexOf('|');
		return bar < 0 ? canonical : canonical.substring(0, bar);
	}

	// --- ValueSets and CodeSystems -------------------------------------------------------------------------------

	private static List<Inclusion> inclusions(ValueSet vs) {
		return vs.getCompose().getInclude().stream()
				.map(include -> new Inclusion(
						include.getSystem(),
						include.getConcept().stream()
								.map(concept -> new Concept(concept.getCode(), concept.getDisplay(), ""))
								.toList(),
						include.getFilter().stream()
								.map(filter -> filter.getProperty() + " "
										+ filter.getOp().toCode() + " " + filter.getValue())
								.toList(),
						include.getValueSet().stream()
								.map(PrimitiveType::getValue)
								.toList()))
				.toList();
	}

	private static boolean isMember(List<Inclusion> includes, SystemCode code) {
		for (Inclusion include : includes) {
			if (!include.enumerable() || !include.system().equals(code.system())) {
				continue;
			}
			if (include.concepts().isEmpty()
					|| include.concepts().stream()
							.anyMatch(concept -> concept.code().equals(code.code()))) {
				return true;
			}
		}
		return false;
	}

	private static List<Concept> concepts(List<CodeSystem.ConceptDefinitionComponent> concepts) {
		List<Concept> result = new ArrayList<>();
		for (CodeSystem.ConceptDefinitionComponent concept : concepts) {
			result.add(new Concept(
					concept.getCode(), concept.getDisplay(), concept.hasDefinition() ? concept.getDefinition() : ""));
			result.addAll(concepts(concept.getConcept()));
		}
		return List.copyOf(result);
	}

	// --- example entries -----------------------------------------------------------------------------------------

	private static List<ExampleUse> uses(List<EntryFacts> entries, Predicate<EntryFacts> uses) {
		return entries.stream().filter(uses).map(EntryFacts::use).toList();
	}

	/** A {@code system} and {@code code} found together in an example (a Coding, or a Quantity's unit). */
	record SystemCode(String system, String code) {}

	/**
	 * What one example entry claims and contains, gathered once.
	 *
	 * @param use        how the page links to it
	 * @param profiles   its {@code meta.profile} canonicals (without version)
	 * @param extensions the URLs of every extension in it, at any depth
	 * @param codes      every system and code in it, at any depth
	 */
	record EntryFacts(ExampleUse use, Set<String> profiles, Set<String> extensions, Set<SystemCode> codes) {

		static List<EntryFacts> of(ExampleCases examples) {
			List<EntryFacts> facts = new ArrayList<>();
			for (ExampleCases.ExampleCase bundle : examples.bundles()) {
				for (int i = 0; i < bundle.entries().size(); i++) {
					JsonNode entry = bundle.entries().get(i);
					JsonNode resource = entry.path("resource");
					if (!resource.isObject()) {
						continue;
					}
					Set<String> profiles = new HashSet<>();
					resource.path("meta")
							.path("profile")
							.forEach(profile -> profiles.add(withoutVersion(profile.asText())));
					Set<String> extensions = new HashSet<>();
					Set<SystemCode> codes = new HashSet<>();
					collect(resource, null, extensions, codes);
					String type = resource.path("resourceType").asText();
					facts.add(new EntryFacts(
							new ExampleUse(
									bundle.name(),
									type,
									label(entry, resource),
									bundle.entryHref(i),
									serverSearch(entry)),
							Set.copyOf(profiles),
							Set.copyOf(extensions),
							Set.copyOf(codes)));
				}
			}
			return List.copyOf(facts);
		}

		/** Walks the JSON: extensions are objects in an {@code extension} array, codes are objects with both. */
		private static void collect(JsonNode node, String field, Set<String> extensions, Set<SystemCode> codes) {
			if (node.isObject()) {
				if (("extension".equals(field) || "modifierExtension".equals(field)) && node.hasNonNull("url")) {
					extensions.add(node.get("url").asText());
				}
				if (node.path("system").isTextual() && node.path("code").isTextual()) {
					codes.add(new SystemCode(
							node.get("system").asText(), node.get("code").asText()));
				}
				node.fields().forEachRemaining(child -> collect(child.getValue(), child.getKey(), extensions, codes));
			} else if (node.isArray()) {
				node.forEach(item -> collect(item, field, extensions, codes));
			}
		}

		/** The first business identifier's value, else the entry's fullUrl. */
		private static String label(JsonNode entry, JsonNode resource) {
			JsonNode identifier = resource.path("identifier");
			JsonNode first = identifier.isArray() ? identifier.path(0) : identifier;
			if (first.path("value").isTextual()) {
				return first.get("value").asText();
			}
			return entry.path("fullUrl").asText(resource.path("resourceType").asText());
		}

		/** A conditional create's own search ({@code request.url?ifNoneExist}) finds the stored entry. */
		private static String serverSearch(JsonNode entry) {
			JsonNode request = entry.path("request");
			if (!"POST".equals(request.path("method").asText())
					|| !request.path("ifNoneExist").isTextual()) {
				return null;
			}
			// The query as written, each value encoded for a link.
			String query = Arrays.stream(request.get("ifNoneExist").asText().split("&"))
					.map(parameter -> {
						int equals = parameter.indexOf('=');
						return equals < 0
								? parameter
								: parameter.substring(0, equals + 1)
										+ URLEncoder.encode(parameter.substring(equals + 1), StandardCharsets.UTF_8);
					})
					.collect(Collectors.joining("&"));
			return "/fhir/" + request.path("url").asText() + "?" + query;
		}
	}
}
