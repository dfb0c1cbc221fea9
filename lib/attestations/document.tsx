import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { PDF_FONT } from "@/lib/pdf";

// The certificate itself. It names the person, the group, the period and what they did: never a
// benefit, a public category or anything that says why they are in the group (SPEC §3).

export type AttestationDocument = {
  department: string;
  number: number;
  name: string;
  group: string;
  from: string;
  to: string;
  sessionsAttended: number;
  skills: string[];
  issuedOn: string;
  signatoryName: string;
  signatoryTitle: string;
};

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 12, padding: 56, lineHeight: 1.5 },
  department: { fontSize: 14, marginBottom: 32 },
  title: { fontSize: 20, marginBottom: 4 },
  number: { fontSize: 10, color: "#334155", marginBottom: 24 },
  paragraph: { marginBottom: 12 },
  skill: { marginLeft: 12 },
  signature: { marginTop: 40, alignSelf: "flex-end", width: "50%" },
});

export function renderAttestation(a: AttestationDocument): Promise<Buffer> {
  const times =
    a.sessionsAttended > 1 ? `${a.sessionsAttended} rencontres` : `${a.sessionsAttended} rencontre`;
  return renderToBuffer(
    <Document title={`Attestation de participation n° ${a.number}`} author={a.department} language="fr">
      <Page size="A4" style={styles.page}>
        <Text style={styles.department}>{a.department}</Text>
        <Text style={styles.title}>Attestation de participation</Text>
        <Text style={styles.number}>{`N° ${a.number}`}</Text>
        <Text style={styles.paragraph}>
          {`Le Département atteste que ${a.name} a participé au groupe « ${a.group} » du ${a.from} au ${a.to}, et a pris part à ${times}.`}
        </Text>
        {a.skills.length > 0 && (
          <View style={styles.paragraph}>
            <Text>Au cours de cette participation, cette personne a notamment :</Text>
            {a.skills.map((skill) => (
              <Text key={skill} style={styles.skill}>{`– ${skill}`}</Text>
            ))}
          </View>
        )}
        <Text style={styles.paragraph}>
          Cette attestation est délivrée pour servir et valoir ce que de droit.
        </Text>
        <View style={styles.signature}>
          <Text>{`Le ${a.issuedOn},`}</Text>
          <Text>{a.signatoryName}</Text>
          <Text>{a.signatoryTitle}</Text>
        </View>
      </Page>
    </Document>,
  );
}
