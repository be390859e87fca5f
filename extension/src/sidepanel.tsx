export default function SidePanel() {
  return <main>Bordenden</main>
}
