package org.hsctdata.fhir.tester;

import java.util.Optional;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * The value of a search parameter that finds a resource, from what the parameter's expression selects in it: for a
 * token {@code system|code} (or the identifier's {@code system|value}), for a reference {@code Type/id}, for a date
 * the date as written (a period's start), for a string the first word a name or address has, for a quantity
 * {@code value|system|code}. Not URL-encoded. Composite and special parameters have none.
 */
final class SearchValues {

	private SearchValues() {}

	static Optional<String> of(Base value, String type) {
		return Optional.ofNullable(
						switch (type) {
							case "token" -> token(value);
							case "reference" -> reference(value);
							case "date" -> date(value);
							case "string" -> string(value);
							case "quantity" -> quantity(value);
							case "number", "uri" ->
								value instanceof PrimitiveType<?> primitive ? primitive.getValueAsString() : null;
							default -> null;
						})
				.filter(text -> !text.isBlank());
	}

	private static String token(Base value) {
		if (value instanceof CodeableConcept concept) {
			return concept.getCoding().stream()
					.filter(Coding::hasCode)
					.findFirst()
					.map(SearchValues::token)
					.orElse(null);
		}
		if (value instanceof Coding coding && coding.hasCode()) {
			return (coding.hasSystem() ? coding.getSystem() + "|" : "") + coding.getCode();
		}
		if (value instanceof Identifier identifier && identifier.hasValue()) {
			return (identifier.hasSystem() ? identifier.getSystem() + "|" : "") + identifier.getValue();
		}
		if (value instanceof ContactPoint contact) {
			return contact.getValue();
		}
		return value instanceof PrimitiveType<?> primitive ? primitive.getValueAsString() : null;
	}

	private static String reference(Base value) {
		if (value instanceof Reference reference) {
			// a literal reference to another resource; a contained one (#id) or a logical one cannot be searched
			return reference.getReferenceElement().hasResourceType()
							&& reference.getReferenceElement().hasIdPart()
					? reference.getReferenceElement().toUnqualifiedVersionless().getValue()
					: null;
		}
		return value instanceof PrimitiveType<?> canonical ? canonical.getValueAsString() : null;
	}

	private static String date(Base value) {
		if (value instanceof Period period) {
			return period.hasStart() ? period.getStartElement().getValueAsString() : null;
		}
		return value instanceof PrimitiveType<?> primitive ? primitive.getValueAsString() : null;
	}

	private static String string(Base value) {
		if (value instanceof HumanName name) {
			return first(Stream.concat(
					Stream.of(name.getFamily(), name.getText()),
					name.getGiven().stream().map(PrimitiveType::getValue)));
		}
		if (value instanceof Address address) {
			return first(Stream.concat(
					address.getLine().stream().map(PrimitiveType::getValue),
					Stream.of(address.getCity(), address.getPostalCode(), address.getCountry(), address.getText())));
		}
		return value instanceof PrimitiveType<?> primitive ? primitive.getValueAsString() : null;
	}

	private static String quantity(Base value) {
		if (value instanceof Quantity quantity && quantity.hasValue()) {
			String number = quantity.getValue().toPlainString();
			return quantity.hasSystem() && quantity.hasCode()
					? number + "|" + quantity.getSystem() + "|" + quantity.getCode()
					: number;
		}
		return null;
	}

	private static String first(Stream<String> candidates) {
		return candidates
				.filter(text -> text != null && !text.isBlank())
				.findFirst()
				.orElse(null);
	}
}
