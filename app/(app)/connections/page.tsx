import { SectionEmpty } from "@/components/shell/section-placeholder";

export default function Page() {
  return <SectionEmpty section="connections" />;
}
