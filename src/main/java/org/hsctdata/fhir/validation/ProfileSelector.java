package org.hsctdata.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations.BindingStrength;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.r4.model.ValueSet;
import org.hsctdata.fhir.conformance.ImplementationGuide;
import org.hsctdata.fhir.rest.IssueCode;

/**
 * Chooses the profiles of our package that a resource must meet, from what it claims and from what it is.
 *
 * <ul>
 *   <li>Every profile the resource claims in {@code meta.profile} (validated as claimed, ours or not).
 *   <li>Under {@link EnforcementPolicy#CONTENT} and {@link EnforcementPolicy#STRICT}, also every profile whose
 *       <em>identifying element</em> the resource's content matches, whether or not it claims it: an Observation whose
 *       {@code code} is the MRD code is held to the MRD profile.
 * </ul>
 *
 * <p>The identifying element of a profile is the element that says what the resource is: {@code code} (Observation,
 * Condition, Procedure, ...), {@code medication[x]} (MedicationAdministration, -Request, -Statement, -Dispense) or
 * {@code event} (AdverseEvent). Its codes are read from the profile's snapshot, never from a list kept by hand: the
 * fixed and pattern codings of the element and of its {@code coding} slices, and the codes of the enumerated value
 * sets of our package bound to the element or its slices (any strength but {@code example}). A slice that only fixes a
 * system ("any SNOMED CT code") identifies nothing, and neither does any other element: {@code category} alone
 * (laboratory, drug therapy) is shared by many concepts. Profiles without identifying codes (a patient, a donor, a
 * graft, a treatment plan) apply only when claimed.
 *
 * <p>When content matches a profile and one that derives from it (CancerMedicationAdministration and
 * ImmunotherapyAdministration), the unclaimed resource is held to the most general one: a child adds context (what
 * the drug was given for, what it was part of) that only a claim can assert. A resource that claims a profile is not
 * held again to its ancestors, which the claim already includes. Unrelated matches all apply.
 */
public final class ProfileSelector {

	/** The identifying element of a resource type, where it is not {@code code}. */
	private static final Map<String, String> IDENTIFYING_ELEMENT = Map.of(
			"MedicationAdministration", "medication[x]",
			"MedicationRequest", "medication[x]",
			"MedicationStatement", "medication[x]",
			"MedicationDispense", "medication[x]",
			"AdverseEvent", "event");

	/** A profile the resource must meet, and why: the claim, or the coding of the identifying element it matched. */
	public record HeldTo(String profile, String reason) {

		static final String CLAIMED = "meta.profile claims it";

		/** Whether the resource claims the profile itself; otherwise its content chose it. */
		public boolean claimed() {
			return CLAIMED.equals(reason);
		}

		/** What the issue that names the profile and the reason says ({@link IssueCode#PROFILE_HELD_TO}). */
		public String description() {
			return "held to " + profile + " because " + reason;
		}

		/** Adds the information issue that names the profile and the reason. */
		public void addTo(OperationOutcome outcome, String location) {
			IssueCode.PROFILE_HELD_TO.addTo(outcome, description(), location);
		}
	}

	/** One of our resource profiles: its type, its parent among ours (or null), its identifying codes. */
	private record Profile(String url, String type, String parent, String element, Set<String> codes) {}

	private final FhirContext fhirContext;

	private final Map<String, Profile> profiles;

	private ProfileSelector(FhirContext fhirContext, Map<String, Profile> profiles) {
		this.fhirContext = fhirContext;
		this.profiles = profiles;
	}

	/** The selector of the package: reads every resource profile and its identifying codes once. */
	public static ProfileSelector of(ImplementationGuide guide, FhirContext fhirContext) {
		return of(guide.resources(fhirContext), fhirContext);
	}

	static ProfileSelector of(Collection<IBaseResource> conformanceResources, FhirContext fhirContext) {
		Map<String, ValueSet> valueSets = new HashMap<>();
		List<StructureDefinition> definitions = new ArrayList<>();
		for (IBaseResource resource : conformanceResources) {
			if (resource instanceof ValueSet valueSet) {
				valueSets.put(valueSet.getUrl(), valueSet);
			} else if (resource instanceof StructureDefinition sd
					&& sd.getKind() == StructureDefinition.StructureDefinitionKind.RESOURCE
					&& sd.getDerivation() == StructureDefinition.TypeDerivationRule.CONSTRAINT) {
				definitions.add(sd);
			}
		}
		Set<String> ours = new HashSet<>();
		definitions.forEach(sd -> ours.add(sd.getUrl()));
		Map<String, Profile> profiles = new LinkedHashMap<>();
		definitions.stream().sorted((a, b) -> a.getUrl().compareTo(b.getUrl())).forEach(sd -> {
			String element = sd.getType() + "." + IDENTIFYING_ELEMENT.getOrDefault(sd.getType(), "code");
			profiles.put(
					sd.getUrl(),
					new Profile(
							sd.getUrl(),
							sd.getType(),
							ours.contains(sd.getBaseDefinition()) ? sd.getBaseDefinition() : null,
							element,
							identifyingCodes(sd, element, valueSets)));
		});
		return new ProfileSelector(fhirContext, profiles);
	}

	/** Our resource profiles, by the resource type they constrain. */
	public SortedMap<String, TreeSet<String>> profilesByType() {
		SortedMap<String, TreeSet<String>> byType = new TreeMap<>();
		profiles.values()
				.forEach(profile -> byType.computeIfAbsent(profile.type(), type -> new TreeSet<>())
						.add(profile.url()));
		return byType;
	}

	/** The codes ({@code system|code}) that identify each profile's concept; profiles without any are left out. */
	public SortedMap<String, TreeSet<String>> identifyingCodes() {
		SortedMap<String, TreeSet<String>> codes = new TreeMap<>();
		profiles.values().stream()
				.filter(profile -> !profile.codes().isEmpty())
				.forEach(profile -> codes.put(profile.url(), new TreeSet<>(profile.codes())));
		return codes;
	}

	/**
	 * Adds the error for a resource of the type that claims none of our profiles, under strict
	 * ({@link IssueCode#PROFILE_NOT_CLAIMED}), at its {@code meta.profile}.
	 */
	public void addMissingClaim(OperationOutcome outcome, String type) {
		IssueCode.PROFILE_NOT_CLAIMED.addAtElement(
				outcome,
				"under the strict policy a " + type + " must claim one of our profiles in meta.profile: "
						+ String.join(", ", profilesByType().getOrDefault(type, new TreeSet<>())),
				type + ".meta.profile");
	}

	/** Whether the resource claims one of our profiles for its type. */
	public boolean claimsOneOfOurs(IBaseResource resource) {
		String type = fhirContext.getResourceType(resource);
		return claims(resource).stream()
				.map(profiles::get)
				.anyMatch(profile -> profile != null && profile.type().equals(type));
	}

	/**
	 * The profiles the resource must meet under the policy: those it claims, and under {@code content} and
	 * {@code strict} those its content identifies; in that order, each once.
	 */
	public List<HeldTo> select(IBaseResource resource, EnforcementPolicy policy) {
		Set<String> claimed = claims(resource);
		List<HeldTo> held = new ArrayList<>();
		claimed.forEach(url -> held.add(new HeldTo(url, HeldTo.CLAIMED)));
		if (policy != EnforcementPolicy.OPEN) {
			held.addAll(identifiedByContent(resource, claimed));
		}
		return held;
	}

	/** The unclaimed profiles the resource's content identifies, the most general of each line of descent. */
	private List<HeldTo> identifiedByContent(IBaseResource resource, Set<String> claimed) {
		String type = fhirContext.getResourceType(resource);
		Map<String, String> matched = new LinkedHashMap<>();
		for (Profile profile : profiles.values()) {
			if (profile.type().equals(type) && !profile.codes().isEmpty()) {
				matchingCoding(resource, profile)
						.ifPresent(coding -> matched.put(
								profile.url(),
								profile.element() + " is " + coding.getSystem() + "|" + coding.getCode()));
			}
		}
		List<HeldTo> held = new ArrayList<>();
		matched.forEach((url, reason) -> {
			boolean ancestorMatched = ancestors(url).stream().anyMatch(matched::containsKey);
			boolean coveredByClaim = claimed.stream()
					.anyMatch(claim -> claim.equals(url) || ancestors(claim).contains(url));
			if (!ancestorMatched && !coveredByClaim) {
				held.add(new HeldTo(url, reason));
			}
		});
		return held;
	}

	private Optional<Coding> matchingCoding(IBaseResource resource, Profile profile) {
		String child =
				profile.element().substring(profile.element().indexOf('.') + 1).replace("[x]", "");
		Base[] values = ((Resource) resource).getProperty(child.hashCode(), child, false);
		if (values == null) {
			return Optional.empty();
		}
		for (Base value : values) {
			if (value instanceof CodeableConcept concept) {
				for (Coding coding : concept.getCoding()) {
					if (profile.codes().contains(coding.getSystem() + "|" + coding.getCode())) {
						return Optional.of(coding);
					}
				}
			}
		}
		return Optional.empty();
	}

	/** Our profiles that the profile derives from, nearest first. */
	private List<String> ancestors(String url) {
		List<String> ancestors = new ArrayList<>();
		Profile profile = profiles.get(url);
		while (profile != null && profile.parent() != null && !ancestors.contains(profile.parent())) {
			ancestors.add(profile.parent());
			profile = profiles.get(profile.parent());
		}
		return ancestors;
	}

	private static Set<String> claims(IBaseResource resource) {
		Set<String> claimed = new LinkedHashSet<>();
		resource.getMeta().getProfile().stream()
				.map(IPrimitiveType::getValueAsString)
				.filter(url -> url != null && !url.isBlank())
				.forEach(claimed::add);
		return claimed;
	}

	/**
	 * The {@code system|code} pairs of the identifying element in the snapshot: fixed and pattern values of the
	 * element, of its {@code coding} and of its {@code coding} slices (a slice's own value, or its fixed system and
	 * code), and the codes of our value sets bound to any of those (not {@code example} bindings).
	 */
	static Set<String> identifyingCodes(StructureDefinition sd, String element, Map<String, ValueSet> valueSets) {
		Set<String> codes = new TreeSet<>();
		Map<String, String[]> sliceSystemAndCode = new LinkedHashMap<>();
		for (ElementDefinition definition : sd.getSnapshot().getElement()) {
			String id = normalised(definition.getId(), element);
			if (id == null) {
				continue;
			}
			boolean concept = id.equals(element) || id.equals(element + ".coding") || isSlice(id, element);
			if (concept) {
				addCodings(definition.getFixed(), codes);
				addCodings(definition.getPattern(), codes);
				if (definition.hasBinding()
						&& definition.getBinding().getStrength() != BindingStrength.EXAMPLE
						&& definition.getBinding().hasValueSet()) {
					codes.addAll(valueSetCodes(definition.getBinding().getValueSet(), valueSets, new HashSet<>()));
				}
			}
			for (String part : new String[] {"system", "code"}) {
				if (id.startsWith(element + ".coding:") && id.endsWith("." + part)) {
					String slice = id.substring(0, id.length() - part.length() - 1);
					Type value = definition.hasFixed() ? definition.getFixed() : definition.getPattern();
					if (value instanceof IPrimitiveType<?> primitive && isSlice(slice, element)) {
						sliceSystemAndCode.computeIfAbsent(slice, s -> new String[2])[part.equals("system") ? 0 : 1] =
								primitive.getValueAsString();
					}
				}
			}
		}
		sliceSystemAndCode.values().stream()
				.filter(pair -> pair[0] != null && pair[1] != null)
				.forEach(pair -> codes.add(pair[0] + "|" + pair[1]));
		return codes;
	}

	/** The element id with a type slice of a choice ({@code medication[x]:medicationCodeableConcept}) removed. */
	private static String normalised(String id, String element) {
		if (id == null) {
			return null;
		}
		String withoutTypeSlice = id.replaceFirst("\\[x]:[A-Za-z]+", "[x]");
		return withoutTypeSlice.startsWith(element) ? withoutTypeSlice : null;
	}

	private static boolean isSlice(String id, String element) {
		String prefix = element + ".coding:";
		return id.startsWith(prefix) && !id.substring(prefix.length()).contains(".");
	}

	private static void addCodings(Type value, Set<String> codes) {
		if (value instanceof CodeableConcept concept) {
			concept.getCoding().forEach(coding -> addCoding(coding, codes));
		} else if (value instanceof Coding coding) {
			addCoding(coding, codes);
		}
	}

	private static void addCoding(Coding coding, Set<String> codes) {
		if (coding.hasSystem() && coding.hasCode()) {
			codes.add(coding.getSystem() + "|" + coding.getCode());
		}
	}

	/** The enumerated codes of a value set of our package, with the value sets it includes; none for others. */
	private static Set<String> valueSetCodes(String canonical, Map<String, ValueSet> valueSets, Set<String> seen) {
		String url = canonical.contains("|") ? canonical.substring(0, canonical.indexOf('|')) : canonical;
		ValueSet valueSet = valueSets.get(url);
		Set<String> codes = new TreeSet<>();
		if (valueSet == null || !seen.add(url)) {
			return codes;
		}
		for (ValueSet.ConceptSetComponent include : valueSet.getCompose().getInclude()) {
			include.getConcept().forEach(concept -> codes.add(include.getSystem() + "|" + concept.getCode()));
			include.getValueSet()
					.forEach(included -> codes.addAll(valueSetCodes(included.getValue(), valueSets, seen)));
		}
		return codes;
	}
}
