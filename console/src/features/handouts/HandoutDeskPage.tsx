export function HandoutDeskPage(_props: { reissueId?: string; templateId?: string }) {
  return null;
}
