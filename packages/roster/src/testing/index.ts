export { sampleRosterCsv, sampleRosterMembers, type SampleRosterOptions } from "./sample-roster.js";
export { oneCellRowsWorkbook, sheetRowXml, workbookBytes } from "./workbooks.js";
