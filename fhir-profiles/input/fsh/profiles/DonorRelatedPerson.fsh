Profile: DonorRelatedPerson
Parent: RelatedPerson
Id: donor-related-person
Title: "Stem Cell Donor (Related Person)"
Description: "A relative of the patient who donated haematopoietic stem cells, such as the father or mother in a haploidentical transplant. The transplant Procedure points to the donor; the donor is never recorded as a Patient."
* insert ProfileMetadata
* patient MS
* patient only Reference(BAllPatient)
* patient ^short = "The transplant recipient"
* relationship 1..1 MS
* relationship from DonorRelationshipVS (extensible)
* relationship ^short = "Relationship to the recipient (father, mother, …)"
* gender MS
* gender ^short = "Donor sex (relevant to sex-mismatched chimerism testing)"
* birthDate MS
