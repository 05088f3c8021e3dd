/** The days a report covers, as `YYYY-MM-DD` in the dataset's zone (both ends included). */
export interface ReportWindow {
  from: string;
  to: string;
}
