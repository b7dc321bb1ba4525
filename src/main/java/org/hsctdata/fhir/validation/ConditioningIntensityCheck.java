package org.hsctdata.fhir.validation;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.hsctdata.fhir.conformance.Canonicals;
import org.hsctdata.fhir.rest.IssueCode;

/**
 * Warns when the conditioning intensity recorded on a transplant contradicts the doses of its regimen by the
 * CIBMTR operational definitions (Bacigalupo et al., Biol Blood Marrow Transplant 2009;15:1628-33; Giralt et al.,
 * BBMT 2009;15:367-9). It needs the whole regimen at once, so it runs on a Bundle: the HSCT Procedure with its
 * {@code conditioning-intensity}, the Conditioning Procedures that are {@code partOf} it, and the drug
 * administrations and radiation Procedures that are {@code partOf} those.
 *
 * <p>A regimen is myeloablative when one component reaches a myeloablative dose: total body irradiation of at least
 * 5 Gy in one fraction or at least 8 Gy fractionated, busulfan above 8 mg/kg orally or 6.4 mg/kg intravenously,
 * melphalan above 140 mg/m², thiotepa of at least 10 mg/kg. A non-myeloablative regimen is low-dose TBI (at most
 * 2 Gy) with or without purine analogues, or fludarabine with cyclophosphamide, cytarabine or serotherapy; busulfan,
 * melphalan, thiotepa or treosulfan at any dose, or TBI above 2 Gy, make it at least reduced-intensity. Doses of one
 * drug are summed over its administrations (a regimen is often recorded one day at a time).
 *
 * <ul>
 *   <li>{@link IssueCode#CONDITIONING_MYELOABLATIVE_UNRECORDED}: recorded reduced-intensity or non-myeloablative,
 *       but a component is myeloablative;
 *   <li>{@link IssueCode#CONDITIONING_NOT_MYELOABLATIVE}: recorded myeloablative, but every component is dosed,
 *       none reaches a myeloablative dose, and none is an agent the definitions do not grade (treosulfan,
 *       etoposide, carmustine, …);
 *   <li>{@link IssueCode#CONDITIONING_BEYOND_NON_MYELOABLATIVE}: recorded non-myeloablative, but the regimen holds
 *       an alkylating agent other than cyclophosphamide, or TBI above 2 Gy.
 * </ul>
 *
 * Doses that are missing, in other units, or whose busulfan route decides the class and is not recorded, never
 * give a warning: the check speaks only where the definitions are unambiguous.
 */
final class ConditioningIntensityCheck {

	static final String INTENSITY = Canonicals.structureDefinition("conditioning-intensity");

	static final String DOSE_DELIVERED = Canonicals.structureDefinition("radiation-dose-delivered");

	static final String LOCAL = "https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs";

	private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

	private static final String ATC = "http://www.whocc.no/atc";

	private static final String SNOMED = "http://snomed.info/sct";

	/** SNOMED CT 47625008 Intravenous route (verified in mCODE and the CIBMTR IG). */
	private static final String INTRAVENOUS = "47625008";

	private static final BigDecimal TBI_SINGLE_MAC_GY = new BigDecimal("5");

	private static final BigDecimal TBI_FRACTIONATED_MAC_GY = new BigDecimal("8");

	private static final BigDecimal TBI_NMA_MAX_GY = new BigDecimal("2");

	private static final BigDecimal BUSULFAN_ORAL_MAC_MG_KG = new BigDecimal("8");

	private static final BigDecimal BUSULFAN_IV_MAC_MG_KG = new BigDecimal("6.4");

	private static final BigDecimal MELPHALAN_MAC_MG_M2 = new BigDecimal("140");

	private static final BigDecimal THIOTEPA_MAC_MG_KG = new BigDecimal("10");

	/**
	 * The agents the check knows, with the codes that name them: RxNorm ingredients and ATC codes verified in the case
	 * document (CIBMTR and PanCareSurPass terminology) or in the CIBMTR reporting IG's drug value sets (melphalan
	 * 6718, cytarabine 3041, ATG 1011 / 91601, alemtuzumab 117055). Otherwise the drug is recognised by its name.
	 */
	enum Agent {
		BUSULFAN("busulfan", "mg/kg", Set.of("1828"), Set.of("L01AB01")),
		MELPHALAN("melphalan", "mg/m2", Set.of("6718"), Set.of()),
		THIOTEPA("thiotepa", "mg/kg", Set.of("10473"), Set.of("L01AC01")),
		TREOSULFAN("treosulfan", null, Set.of("38508"), Set.of("L01AB02")),
		FLUDARABINE("fludarabine", null, Set.of("24698"), Set.of("L01BB05")),
		CYCLOPHOSPHAMIDE("cyclophosphamide", null, Set.of("3002"), Set.of("L01AA01")),
		CYTARABINE("cytarabine", null, Set.of("3041"), Set.of()),
		CLADRIBINE("cladribine", null, Set.of(), Set.of()),
		ATG("anti-thymocyte globulin", null, Set.of("1011", "91601"), Set.of()),
		ALEMTUZUMAB("alemtuzumab", null, Set.of("117055"), Set.of());

		final String name;

		/** The UCUM unit its threshold is defined in; null when it has no dose threshold. */
		final String unit;

		final Set<String> rxnorm;

		final Set<String> atc;

		Agent(String name, String unit, Set<String> rxnorm, Set<String> atc) {
			this.name = name;
			this.unit = unit;
			this.rxnorm = rxnorm;
			this.atc = atc;
		}

		/** Agents of a non-myeloablative regimen (purine analogues, cyclophosphamide, cytarabine, serotherapy). */
		boolean nonMyeloablative() {
			return this == FLUDARABINE
					|| this == CYCLOPHOSPHAMIDE
					|| this == CYTARABINE
					|| this == CLADRIBINE
					|| this == ATG
					|| this == ALEMTUZUMAB;
		}

		static Optional<Agent> of(CodeableConcept medication) {
			for (Agent agent : values()) {
				for (Coding coding : medication.getCoding()) {
					if ((RXNORM.equals(coding.getSystem()) && agent.rxnorm.contains(coding.getCode()))
							|| (ATC.equals(coding.getSystem()) && agent.atc.contains(coding.getCode()))) {
						return Optional.of(agent);
					}
				}
			}
			String names = (medication.getText() + " "
							+ String.join(
									" ",
									medication.getCoding().stream()
											.map(coding -> String.valueOf(coding.getDisplay()))
											.toList()))
					.toLowerCase(Locale.ROOT);
			for (Agent agent : values()) {
				if (names.contains(agent.name)) {
					return Optional.of(agent);
				}
			}
			if (names.contains("antithymocyte")
					|| names.contains("thymoglobulin")
					|| names.matches("(?s).*\\batg\\b.*")) {
				return Optional.of(ATG);
			}
			return Optional.empty();
		}
	}

	private ConditioningIntensityCheck() {}

	/** The warnings for every transplant in the bundle that records an intensity and whose conditioning is in it. */
	static List<SingleValidationMessage> check(Bundle bundle) {
		List<SingleValidationMessage> issues = new ArrayList<>();
		List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
		for (int i = 0; i < entries.size(); i++) {
			if (!(entries.get(i).getResource() instanceof Procedure transplant)) {
				continue;
			}
			Extension intensity = transplant.getExtensionByUrl(INTENSITY);
			Optional<String> recorded = intensity == null ? Optional.empty() : localCode(intensity.getValue());
			if (recorded.isEmpty() || !Set.of("mac", "ric", "nma").contains(recorded.get())) {
				continue;
			}
			List<Resource> conditionings = partsOf(bundle, entries.get(i)).stream()
					.filter(part -> part instanceof Procedure procedure
							&& hasLocalCode(procedure.getCode(), "conditioning-regimen"))
					.toList();
			if (conditionings.isEmpty()) {
				continue;
			}
			Regimen regimen = new Regimen();
			for (Resource conditioning : conditionings) {
				for (Resource part : partsOf(bundle, entryOf(bundle, conditioning))) {
					if (part instanceof MedicationAdministration administration) {
						regimen.add(administration);
					} else if (part instanceof Procedure radiation) {
						regimen.add(radiation);
					}
				}
			}
			String location = "Bundle.entry[" + i + "].resource.extension["
					+ transplant.getExtension().indexOf(intensity) + "]";
			regimen.judge(recorded.get())
					.map(verdict -> issue(location, verdict))
					.ifPresent(issues::add);
		}
		return issues;
	}

	/** What a regimen holds, as far as the definitions grade it. */
	private static final class Regimen {

		private final Map<Agent, BigDecimal> totals = new LinkedHashMap<>();

		private final Set<Agent> undosed = new LinkedHashSet<>();

		private final List<String> ungraded = new ArrayList<>();

		private boolean busulfanIntravenous = true;

		private boolean busulfanOral = true;

		private BigDecimal tbiGy = BigDecimal.ZERO;

		private Integer tbiFractions = 0;

		private boolean tbi;

		private boolean tbiUndosed;

		private int components;

		void add(MedicationAdministration administration) {
			components++;
			if (!administration.hasMedicationCodeableConcept()) {
				ungraded.add("a medication given by reference");
				return;
			}
			CodeableConcept medication = administration.getMedicationCodeableConcept();
			Optional<Agent> found = Agent.of(medication);
			if (found.isEmpty()) {
				ungraded.add(describe(medication));
				return;
			}
			Agent agent = found.get();
			if (agent == Agent.TREOSULFAN) {
				ungraded.add(agent.name);
			}
			if (agent == Agent.BUSULFAN) {
				CodeableConcept route = administration.getDosage().getRoute();
				String routeText = describe(route).toLowerCase(Locale.ROOT);
				boolean intravenous = route.getCoding().stream()
								.anyMatch(coding ->
										SNOMED.equals(coding.getSystem()) && INTRAVENOUS.equals(coding.getCode()))
						|| routeText.contains("intravenous");
				boolean oral = routeText.contains("oral");
				busulfanIntravenous &= intravenous;
				busulfanOral &= oral;
			}
			if (agent.unit == null) {
				totals.putIfAbsent(agent, BigDecimal.ZERO);
				return;
			}
			Quantity dose = administration.getDosage().getDose();
			if (!administration.getDosage().hasDose() || !dose.hasValue() || !agent.unit.equals(dose.getCode())) {
				undosed.add(agent);
				totals.putIfAbsent(agent, BigDecimal.ZERO);
				return;
			}
			totals.merge(agent, dose.getValue(), BigDecimal::add);
		}

		void add(Procedure radiation) {
			Extension delivered = radiation.getExtensionByUrl(DOSE_DELIVERED);
			boolean isTbi = hasLocalCode(radiation.getCode(), "tbi")
					|| describe(radiation.getCode()).toLowerCase(Locale.ROOT).contains("total body");
			if (!isTbi && delivered == null) {
				return; // not an irradiation
			}
			components++;
			if (!isTbi) {
				return; // TLI, TMI, TAI: the definitions grade only TBI
			}
			tbi = true;
			Extension total = delivered == null ? null : delivered.getExtensionByUrl("totalDose");
			if (total == null || !(total.getValue() instanceof Quantity quantity) || !quantity.hasValue()) {
				tbiUndosed = true;
				return;
			}
			BigDecimal gy;
			if ("Gy".equals(quantity.getCode())) {
				gy = quantity.getValue();
			} else if ("cGy".equals(quantity.getCode())) {
				gy = quantity.getValue().movePointLeft(2);
			} else {
				tbiUndosed = true;
				return;
			}
			tbiGy = tbiGy.add(gy);
			Extension fractions = delivered.getExtensionByUrl("fractions");
			if (tbiFractions != null && fractions != null && fractions.getValue() instanceof PositiveIntType count) {
				tbiFractions += count.getValue();
			} else {
				tbiFractions = null; // unknown
			}
		}

		/** The components that reach a myeloablative dose, described. */
		private List<String> myeloablative() {
			List<String> found = new ArrayList<>();
			if (tbi && !tbiUndosed) {
				boolean single = tbiFractions != null && tbiFractions == 1;
				boolean fractionated = tbiFractions != null && tbiFractions > 1;
				if ((single && tbiGy.compareTo(TBI_SINGLE_MAC_GY) >= 0)
						|| ((fractionated || tbiFractions == null) && tbiGy.compareTo(TBI_FRACTIONATED_MAC_GY) >= 0)) {
					found.add("TBI " + plain(tbiGy) + " Gy" + (single ? " in one fraction" : "")
							+ (fractionated ? " in " + tbiFractions + " fractions" : ""));
				}
			}
			total(Agent.BUSULFAN).ifPresent(busulfan -> {
				if (busulfan.compareTo(BUSULFAN_ORAL_MAC_MG_KG) > 0
						|| (busulfanIntravenous && busulfan.compareTo(BUSULFAN_IV_MAC_MG_KG) > 0)) {
					found.add("busulfan " + plain(busulfan) + " mg/kg (> 8 mg/kg oral, > 6.4 mg/kg IV)");
				}
			});
			total(Agent.MELPHALAN)
					.filter(melphalan -> melphalan.compareTo(MELPHALAN_MAC_MG_M2) > 0)
					.ifPresent(melphalan -> found.add("melphalan " + plain(melphalan) + " mg/m2 (> 140 mg/m2)"));
			total(Agent.THIOTEPA)
					.filter(thiotepa -> thiotepa.compareTo(THIOTEPA_MAC_MG_KG) >= 0)
					.ifPresent(thiotepa -> found.add("thiotepa " + plain(thiotepa) + " mg/kg (>= 10 mg/kg)"));
			return found;
		}

		/** True when every component is dosed and graded and none could be myeloablative. */
		private boolean certainlyNotMyeloablative() {
			if (components == 0 || !ungraded.isEmpty() || !undosed.isEmpty() || tbiUndosed) {
				return false;
			}
			if (tbi) {
				// with the fractions unknown, the single-dose threshold is the one that cannot be ruled out
				BigDecimal threshold =
						tbiFractions != null && tbiFractions > 1 ? TBI_FRACTIONATED_MAC_GY : TBI_SINGLE_MAC_GY;
				if (tbiGy.compareTo(threshold) >= 0) {
					return false;
				}
			}
			Optional<BigDecimal> busulfan = total(Agent.BUSULFAN);
			if (busulfan.isPresent()
					&& busulfan.get().compareTo(BUSULFAN_IV_MAC_MG_KG) > 0
					&& !(busulfanOral && busulfan.get().compareTo(BUSULFAN_ORAL_MAC_MG_KG) <= 0)) {
				return false; // between the IV and the oral threshold with the route not recorded as oral
			}
			return true;
		}

		/** Components that make a regimen at least reduced-intensity. */
		private List<String> beyondNonMyeloablative() {
			List<String> found = new ArrayList<>();
			for (Agent agent : List.of(Agent.BUSULFAN, Agent.MELPHALAN, Agent.THIOTEPA, Agent.TREOSULFAN)) {
				if (totals.containsKey(agent)) {
					found.add(agent.name);
				}
			}
			if (tbi && !tbiUndosed && tbiGy.compareTo(TBI_NMA_MAX_GY) > 0) {
				found.add("TBI " + plain(tbiGy) + " Gy (> 2 Gy)");
			}
			return found;
		}

		Optional<Verdict> judge(String recorded) {
			List<String> myeloablative = myeloablative();
			if (!"mac".equals(recorded) && !myeloablative.isEmpty()) {
				return Optional.of(new Verdict(
						IssueCode.CONDITIONING_MYELOABLATIVE_UNRECORDED,
						"conditioning intensity is recorded as "
								+ ("ric".equals(recorded) ? "reduced-intensity" : "non-myeloablative")
								+ ", but the regimen is myeloablative by the CIBMTR operational definitions"
								+ " (Bacigalupo 2009): "
								+ String.join("; ", myeloablative)));
			}
			if ("mac".equals(recorded) && certainlyNotMyeloablative()) {
				return Optional.of(new Verdict(
						IssueCode.CONDITIONING_NOT_MYELOABLATIVE,
						"conditioning intensity is recorded as myeloablative, but no component of the regimen"
								+ " reaches a myeloablative dose by the CIBMTR operational definitions (Bacigalupo"
								+ " 2009: TBI >= 5 Gy single or >= 8 Gy fractionated, busulfan > 8 mg/kg oral or"
								+ " > 6.4 mg/kg IV, melphalan > 140 mg/m2, thiotepa >= 10 mg/kg); regimen: "
								+ summary()));
			}
			List<String> beyond = beyondNonMyeloablative();
			if ("nma".equals(recorded) && myeloablative.isEmpty() && !beyond.isEmpty()) {
				return Optional.of(new Verdict(
						IssueCode.CONDITIONING_BEYOND_NON_MYELOABLATIVE,
						"conditioning intensity is recorded as non-myeloablative, but the regimen"
								+ " holds " + String.join(", ", beyond) + ", which the CIBMTR operational definitions"
								+ " (Bacigalupo 2009) count as reduced-intensity at least"));
			}
			return Optional.empty();
		}

		private Optional<BigDecimal> total(Agent agent) {
			return totals.containsKey(agent) && !undosed.contains(agent)
					? Optional.of(totals.get(agent))
					: Optional.empty();
		}

		private String summary() {
			List<String> parts = new ArrayList<>();
			totals.forEach((agent, total) ->
					parts.add(agent.unit == null ? agent.name : agent.name + " " + plain(total) + " " + agent.unit));
			if (tbi) {
				parts.add("TBI " + plain(tbiGy) + " Gy");
			}
			return String.join(", ", parts);
		}
	}

	private static List<Resource> partsOf(Bundle bundle, Bundle.BundleEntryComponent whole) {
		List<Resource> parts = new ArrayList<>();
		if (whole == null) {
			return parts;
		}
		for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
			List<Reference> partOf = entry.getResource() instanceof Procedure procedure
					? procedure.getPartOf()
					: entry.getResource() instanceof MedicationAdministration administration
							? administration.getPartOf()
							: List.of();
			if (partOf.stream().anyMatch(reference -> pointsTo(reference, whole))) {
				parts.add(entry.getResource());
			}
		}
		return parts;
	}

	private static Bundle.BundleEntryComponent entryOf(Bundle bundle, Resource resource) {
		return bundle.getEntry().stream()
				.filter(entry -> entry.getResource() == resource)
				.findFirst()
				.orElse(null);
	}

	/** A reference points to an entry by its fullUrl, or by Type/id (relative, or at the end of the fullUrl). */
	private static boolean pointsTo(Reference reference, Bundle.BundleEntryComponent entry) {
		String target = reference.getReference();
		if (target == null || target.isBlank()) {
			return false;
		}
		if (target.equals(entry.getFullUrl())) {
			return true;
		}
		Resource resource = entry.getResource();
		String typeAndId = resource.hasIdElement() && resource.getIdElement().hasIdPart()
				? resource.fhirType() + "/" + resource.getIdElement().getIdPart()
				: null;
		return (typeAndId != null && target.equals(typeAndId))
				|| (entry.getFullUrl() != null
						&& !target.contains(":")
						&& entry.getFullUrl().endsWith("/" + target));
	}

	private static Optional<String> localCode(Type value) {
		if (!(value instanceof CodeableConcept concept)) {
			return Optional.empty();
		}
		return concept.getCoding().stream()
				.filter(coding -> LOCAL.equals(coding.getSystem()) && coding.getCode() != null)
				.map(Coding::getCode)
				.findFirst();
	}

	private static boolean hasLocalCode(CodeableConcept concept, String code) {
		return concept.getCoding().stream()
				.anyMatch(coding -> LOCAL.equals(coding.getSystem()) && code.equals(coding.getCode()));
	}

	private static String describe(CodeableConcept concept) {
		if (concept.hasText()) {
			return concept.getText();
		}
		return concept.getCoding().stream()
				.map(coding -> coding.hasDisplay() ? coding.getDisplay() : coding.getCode())
				.filter(text -> text != null)
				.findFirst()
				.orElse("an uncoded medication");
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static SingleValidationMessage issue(String location, Verdict verdict) {
		return ValidationIssue.of(verdict.code(), location, verdict.detail(), "hsct-conditioning-intensity");
	}

	/** What the doses say against the recorded intensity: the code, and the doses that say it. */
	private record Verdict(IssueCode code, String detail) {}
}
