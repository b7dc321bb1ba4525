ValueSet: NormalizationBasisVS
Id: normalization-basis-vs
Title: "Dose Normalization Basis"
Description: "What a dose was scaled to: body surface area (doses per m²), body weight (doses per kg), or neither (fixed dose). Same codes as mCODE's normalization-basis value set."
* insert ArtifactMetadata
* insert SnomedCopyright
* $sct#301898006 "Body surface area (observable entity)"
* $sct#363804004 "Body weight characteristic (observable entity)"
* $sct#1157245009 "Fixed dose (qualifier value)"
