import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, createAppClients } from "./app";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");
// Created before the first render, so the catalog request (answered by index.html's preload) starts now.
const clients = createAppClients();
createRoot(root).render(
  <StrictMode>
    <App clients={clients} />
  </StrictMode>,
);
