ValueSet: TreatmentIntentVS
Id: treatment-intent-vs
Title: "Treatment Intent"
Description: "Purpose of a treatment: curative or palliative (the mCODE procedure-intent codes)."
* insert ArtifactMetadata
* insert SnomedCopyright
* $sct#373808002 "Curative - procedure intent"
* $sct#363676003 "Palliative - procedure intent"
