import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { PDF_FONT } from "@/lib/pdf";

// The printable sign-in sheet: the department's header, the session, one row per invited person
// with a column to sign. The sheet goes round the room, so protected people appear by their
// initials only. Names outside Latin-1 need the document font of lib/pdf.ts.

export type SignInSheet = {
  department: string;
  group: string;
  title: string;
  when: string;
  where: string;
  labels: { name: string; signature: string; professionals: string; extra: string; heading: string };
  people: { name: string }[];
};

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 11, padding: 36 },
  department: { fontSize: 10, color: "#334155", marginBottom: 4 },
  heading: { fontSize: 18, marginBottom: 8 },
  line: { marginBottom: 2 },
  table: { marginTop: 16, borderTop: "1pt solid #0f172a" },
  row: { flexDirection: "row", borderBottom: "1pt solid #0f172a", minHeight: 32, alignItems: "center" },
  head: {
    flexDirection: "row",
    borderBottom: "1pt solid #0f172a",
    backgroundColor: "#e2e8f0",
    minHeight: 22,
    alignItems: "center",
  },
  name: { width: "55%", paddingHorizontal: 6 },
  signature: { width: "45%", paddingHorizontal: 6, borderLeft: "1pt solid #0f172a", alignSelf: "stretch" },
  footer: { marginTop: 16 },
});

/** "Camille Martin" → "C. M." */
export function initials(firstName: string, lastName: string): string {
  return [firstName, lastName]
    .map((part) => part.trim().charAt(0).toLocaleUpperCase("fr"))
    .filter(Boolean)
    .map((letter) => `${letter}.`)
    .join(" ");
}

/** Blank rows at the end for people who come without being on the list. */
const EXTRA_ROWS = 4;

export function renderSignInSheet(sheet: SignInSheet): Promise<Buffer> {
  const rows = [...sheet.people, ...Array.from({ length: EXTRA_ROWS }, () => ({ name: "" }))];
  return renderToBuffer(
    <Document title={`${sheet.labels.heading} – ${sheet.when}`} author={sheet.department} language="fr">
      <Page size="A4" style={styles.page}>
        <Text style={styles.department}>{sheet.department}</Text>
        <Text style={styles.heading}>{sheet.labels.heading}</Text>
        <Text style={styles.line}>{`${sheet.group} – ${sheet.title}`}</Text>
        <Text style={styles.line}>{sheet.when}</Text>
        <Text style={styles.line}>{sheet.where}</Text>
        <View style={styles.table}>
          <View style={styles.head} fixed>
            <Text style={styles.name}>{sheet.labels.name}</Text>
            <Text style={styles.signature}>{sheet.labels.signature}</Text>
          </View>
          {rows.map((person, index) => (
            <View key={index} style={styles.row} wrap={false}>
              <Text style={styles.name}>{person.name}</Text>
              <Text style={styles.signature}> </Text>
            </View>
          ))}
        </View>
        <Text style={styles.footer}>{sheet.labels.professionals}</Text>
        <Text>{sheet.labels.extra}</Text>
      </Page>
    </Document>,
  );
}
