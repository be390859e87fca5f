export default function Popup() {
  return <main>Bordenden popup</main>
}
