Profile: BAllPatient
Parent: Patient
Id: ball-patient
Title: "B-ALL Patient"
Description: "A person treated for B-cell acute lymphoblastic leukaemia, including transplant recipients. Sex is required. Birth date is optional, because published cases often give only the age at diagnosis; put that age in the narrative."
* insert ProfileMetadata
* identifier MS
* identifier ^short = "Hospital or registry number"
* gender 1..1 MS
* gender ^short = "Administrative sex (male | female | other | unknown)"
* birthDate MS
* birthDate ^short = "Date of birth, if known"
* deceased[x] MS
* deceased[x] ^short = "Whether and when the patient died"
